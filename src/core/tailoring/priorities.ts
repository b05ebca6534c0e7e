/**
 * "My priorities": what matters most now, put in order by the person. From the decision aids
 * with trial evidence (myPlan/IRIS weigh safety, the children, money and resources, privacy
 * and feelings for the partner; the pilot's weights varied widely, so the person's own order,
 * not an average, shapes the plan). There is no right order; the words never judge one.
 *
 * Kept in the adult plan (field `priorities`): the order, and the person's own words for a
 * priority of their own. Words: tailoring.priority.<id>.label | hint.
 */
export const PRIORITIES = ["own-safety", "children", "money-home", "privacy", "partner-feelings", "own-words"] as const;
export type PriorityId = (typeof PRIORITIES)[number];

export function isPriority(value: string): value is PriorityId {
  return (PRIORITIES as readonly string[]).includes(value);
}

export interface PriorityAnswer {
  /** Most important first. Priorities not in the list have not been placed. */
  readonly order: readonly PriorityId[];
  /** The person's own priority, in their words (for "own-words"). */
  readonly own: string;
}

export const NO_PRIORITIES: PriorityAnswer = { order: [], own: "" };

/** Moves one priority up (-1) or down (+1); a priority not yet placed joins at the end. */
export function movePriority(answer: PriorityAnswer, id: PriorityId, by: -1 | 1): PriorityAnswer {
  const order = answer.order.includes(id) ? [...answer.order] : [...answer.order, id];
  const from = order.indexOf(id);
  const to = Math.min(order.length - 1, Math.max(0, from + by));
  order.splice(from, 1);
  order.splice(to, 0, id);
  return { ...answer, order };
}

/** Puts a priority in or takes it out of the list. */
export function setPriority(answer: PriorityAnswer, id: PriorityId, on: boolean): PriorityAnswer {
  const rest = answer.order.filter((p) => p !== id);
  return { ...answer, order: on ? [...rest, id] : rest };
}

/**
 * How much a priority weighs in the order: the first counts most. A priority the person left
 * out counts for nothing, so a strategy is never recommended for a priority they did not pick.
 */
export function priorityWeight(answer: PriorityAnswer, id: PriorityId): number {
  const at = answer.order.indexOf(id);
  return at < 0 ? 0 : PRIORITIES.length - at;
}

export function readPriorities(value: unknown): PriorityAnswer {
  if (typeof value !== "object" || value === null) return NO_PRIORITIES;
  const v = value as { order?: unknown; own?: unknown };
  const order = Array.isArray(v.order) ? [...new Set(v.order.filter((x): x is string => typeof x === "string"))] : [];
  return { order: order.filter(isPriority), own: typeof v.own === "string" ? v.own : "" };
}
