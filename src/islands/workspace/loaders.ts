import type { PlanKind, Template } from "../../core/plans/template";
import type { FieldProps } from "../editor/fields/types";
import type { StepsContext } from "../editor/PlanEditor";

/**
 * Each plan's words and its own components load only when that plan is opened, so the adult's
 * plan never loads the child's drawing. The page's first plan comes with the page instead.
 */
export const templateLoaders: Record<PlanKind, () => Promise<Template>> = {
  adult: () => import("../../core/plans/templates/adult").then((m) => m.adultTemplate),
  checklist: () => import("../../core/plans/templates/checklist").then((m) => m.checklistTemplate),
  "young-person": () => import("../../core/plans/templates/young-person").then((m) => m.youngPersonTemplate),
  child: () => import("../../core/plans/templates/child").then((m) => m.childTemplate),
};

/** The child's plan's own parts: one step per screen, and the "Me" drawing. */
export interface ChildParts {
  renderDrawing: (p: FieldProps) => preact.VNode;
  StepsView: preact.FunctionComponent<{ ctx: StepsContext; onFinish?: () => void }>;
}

export const loadChildParts = (): Promise<ChildParts> => import("./childParts").then((m) => m.childParts);
