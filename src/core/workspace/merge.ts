import { t } from "../i18n/runtime";
import { LIMITS } from "../plans/limits";
import type { Bundle, Plan } from "../plans/schema";
import { randomId } from "../plans/store";
import { hasWork } from "./work";

// The one definition of work, kept here too for the modules that import it from merging.
export { hasWork };

export type MergeHow = "replace" | "keep-both";
/** added: the incoming plans as they now stand (with any new ids). */
export type MergeResult = { ok: true; bundle: Bundle; added: Plan[] } | { ok: false; message: string };

/** Why plans cannot come in: there would be too many to keep. */
export const tooManyPlans = (): string => t("workspace.tooManyPlans", { max: LIMITS.plansPerBundle });

/**
 * Brings plans in. "replace" puts the incoming plans in place of everything held; "keep-both"
 * adds them beside what is held, giving a fresh id to any that would clash, so no plan ever
 * overwrites another.
 */
export function mergePlans(current: Bundle, incoming: readonly Plan[], how: MergeHow, newId = randomId): MergeResult {
  const kept = how === "replace" ? [] : current.plans;
  const taken = new Set(kept.map((p) => p.id));
  const added = incoming.map((p) => {
    if (!taken.has(p.id)) {
      taken.add(p.id);
      return p;
    }
    const id = newId();
    taken.add(id);
    return { ...p, id };
  });
  if (kept.length + added.length > LIMITS.plansPerBundle) return { ok: false, message: tooManyPlans() };
  return { ok: true, bundle: { ...current, plans: [...kept, ...added] }, added };
}

/** Plans of mine that the other version lacks or holds differently: what a stale tab would lose. */
export function plansOnlyIn(mine: Bundle, theirs: Bundle): Plan[] {
  const theirsById = new Map(theirs.plans.map((p) => [p.id, JSON.stringify(p)]));
  return mine.plans.filter((p) => hasWork(p) && theirsById.get(p.id) !== JSON.stringify(p));
}
