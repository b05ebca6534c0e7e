import type { Plan } from "../plans/schema";

/**
 * Whether a plan holds anything a person made: an answer, a review date or a log of reviews.
 * The one definition behind every "would this lose something?" question: opening a file over
 * it, leaving the page, a stale tab's copies, a lock that could not save.
 */
export function hasWork(plan: Plan): boolean {
  return Object.keys(plan.answers).length > 0 || plan.reviewDate !== undefined || (plan.reviews?.length ?? 0) > 0;
}

/** The plans that hold work, in their order. */
export const plansWithWork = (plans: readonly Plan[]): Plan[] => plans.filter(hasWork);
