import type { PlanKind } from "../plans/constants";
import type { Catalogue } from "./entry";

/** Plans that have a practice: the child's and the young person's. */
export type PracticeKind = "child" | "young-person";

/**
 * A language's catalogue, in the parts that load separately: the islands' words (with every
 * page that has islands), the pages' words (build time only), the national services, each
 * plan's words and each practice's words (loaded when that plan or practice opens).
 */
export interface LanguageParts {
  ui: Catalogue;
  pages: Catalogue;
  services: Catalogue;
  plans: Record<PlanKind, Catalogue>;
  practice: Record<PracticeKind, Catalogue>;
}

/** Every key of a language, in one flat map (keys are unique across parts). */
export function flatten(parts: LanguageParts): Record<string, Catalogue[string]> {
  return Object.assign(
    {},
    parts.ui,
    parts.pages,
    parts.services,
    ...Object.values(parts.plans),
    ...Object.values(parts.practice),
  );
}
