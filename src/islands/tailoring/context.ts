import { createContext } from "preact";
import type { NumberEntry } from "../../core/config/numbers";
import type { Answer, Plan } from "../../core/plans/schema";

/**
 * What the tailored plan's screens need beyond their own field: the plan's other answers (the
 * ideas read what applies and what matters), the plans in the workspace (for "go now"), the
 * numbers the plan shows, and a way to open a section. Given by PlanEditor; a context reaches
 * the fields through SectionView's memo, so they update when another section changes.
 */
export interface TailoringContextValue {
  answers: Readonly<Record<string, Answer>>;
  plans: readonly Plan[];
  numbers: readonly NumberEntry[];
  openSection: (id: string) => void;
}

export const TailoringContext = createContext<TailoringContextValue>({
  answers: {},
  plans: [],
  numbers: [],
  openSection: () => undefined,
});
