import type { Bundle, Plan } from "../plans/schema";

/**
 * Which plans go into which copy at hand-over. A young person's plan is theirs: it goes into the
 * family's copy (which a parent may open) only once the professional has said the young person
 * agreed. The worker's own copy (for their records) keeps every plan the worker did not leave out.
 */
export interface CopyChoice {
  /** Plans the worker left out of both copies. */
  excluded: ReadonlySet<string>;
  /** Young people's plans whose owner agreed to their going into the family's copy. */
  agreed: ReadonlySet<string>;
}

/** Only a young person's plan needs their agreement before it goes to the family. */
export const needsAgreement = (plan: Pick<Plan, "kind">): boolean => plan.kind === "young-person";

/** At first nothing is left out and nobody has agreed: young people's plans start unticked. */
export const firstChoice = (): CopyChoice => ({ excluded: new Set(), agreed: new Set() });

/** Whether the plan goes into the family's copy: the tick the worker sees. */
export function inFamilyCopy(choice: CopyChoice, plan: Pick<Plan, "id" | "kind">): boolean {
  if (choice.excluded.has(plan.id)) return false;
  return !needsAgreement(plan) || choice.agreed.has(plan.id);
}

/**
 * Ticking or unticking a plan for the family's copy. Ticking a young person's plan is only
 * allowed with `agreed` (the answer "Yes" to the question); without it nothing changes.
 * Unticking it withdraws the agreement but leaves it in the worker's own copy.
 */
export function setInFamilyCopy(
  choice: CopyChoice,
  plan: Pick<Plan, "id" | "kind">,
  on: boolean,
  agreed = false,
): CopyChoice {
  const excluded = new Set(choice.excluded);
  const agreedSet = new Set(choice.agreed);
  if (needsAgreement(plan)) {
    if (on && !agreed) return choice;
    excluded.delete(plan.id);
    if (on) agreedSet.add(plan.id);
    else agreedSet.delete(plan.id);
  } else if (on) excluded.delete(plan.id);
  else excluded.add(plan.id);
  return { excluded, agreed: agreedSet };
}

/**
 * The family's copy: what is ticked. Also what is saved on the person's own device. It never
 * holds the worker's record (src/core/record/): that goes only into the worker's own copy.
 */
export const familyCopy = (bundle: Bundle, choice: CopyChoice): Bundle => {
  const { record: _workersOnly, ...family } = bundle;
  return { ...family, plans: bundle.plans.filter((p) => inFamilyCopy(choice, p)) };
};

/** The worker's own copy: every plan not left out, a young person's plan with or without agreement. */
export const recordsCopy = (bundle: Bundle, choice: CopyChoice): Bundle => ({
  ...bundle,
  plans: bundle.plans.filter((p) => !choice.excluded.has(p.id)),
});
