import { type PriorityAnswer, type PriorityId, priorityWeight } from "./priorities";
import type { SituationAnswer, SituationId } from "./situations";
import { STRATEGIES, type Strategy } from "./strategies";

/**
 * The rules: from what applies to the person and what matters most to them, the strategies to
 * suggest, each with its reasons, in the order the person's priorities give. Pure, so the same
 * answers always give the same plan, and anyone can read and test the rules.
 */

/** Why a strategy is suggested: "because you said you have a pet", "because you put … first". */
export type Reason =
  | { readonly kind: "situation"; readonly id: SituationId }
  | { readonly kind: "priority"; readonly id: PriorityId };

export interface Suggestion {
  readonly strategy: Strategy;
  /** Never empty: a strategy is never suggested without saying why. */
  readonly reasons: readonly Reason[];
}

/** A priority suggests a core strategy alone only when the person put it among their first three. */
export const TOP_PRIORITIES = 3;

function reasonsFor(strategy: Strategy, situation: SituationAnswer, priorities: PriorityAnswer): Reason[] {
  const picked = new Set<string>(situation.picked);
  const bySituation: Reason[] = strategy.for.filter((id) => picked.has(id)).map((id) => ({ kind: "situation", id }));
  const top = priorities.order.slice(0, TOP_PRIORITIES);
  // A priority is a reason only when it is among the person's first few and the strategy serves it.
  const first = top.find((p) => strategy.serves.includes(p));
  const byPriority: Reason[] = first ? [{ kind: "priority", id: first }] : [];
  if (bySituation.length > 0) return [...bySituation, ...byPriority];
  return strategy.core ? byPriority : [];
}

/** How strongly a suggestion fits: situations count most, then the person's order of priorities. */
function score(s: Suggestion, priorities: PriorityAnswer): number {
  const situations = s.reasons.filter((r) => r.kind === "situation").length;
  const weight = Math.max(0, ...s.strategy.serves.map((p) => priorityWeight(priorities, p)));
  return situations * 10 + weight;
}

/**
 * Every situation the person named gets its best ideas near the top: the ideas a situation
 * brought, best first, are dealt out in turns, one for each situation (the first of its reasons),
 * and those a priority alone brought follow, as before. Without turns, four ideas for a dog came
 * before the first about a partner visa, and only five are shown until the person asks for more.
 * Situations take their turns in the order of their best idea, so the priorities still lead.
 */
function inTurns(sorted: readonly Suggestion[]): Suggestion[] {
  const groups = new Map<string, Suggestion[]>();
  const byPriority: Suggestion[] = [];
  for (const s of sorted) {
    const key = s.reasons.find((r) => r.kind === "situation")?.id;
    if (!key) byPriority.push(s);
    else if (groups.has(key)) groups.get(key)?.push(s);
    else groups.set(key, [s]);
  }
  const dealt: Suggestion[] = [];
  const longest = Math.max(0, ...[...groups.values()].map((g) => g.length));
  for (let turn = 0; turn < longest; turn++)
    for (const group of groups.values()) {
      const next = group[turn];
      if (next) dealt.push(next);
    }
  return [...dealt, ...byPriority];
}

/**
 * The strategies that fit, best first, each situation's in turn. Ties keep the library's order
 * (which groups them by category), so each situation's ideas read calmly, in the same order.
 */
export function recommend(situation: SituationAnswer, priorities: PriorityAnswer): Suggestion[] {
  const found: Suggestion[] = [];
  for (const strategy of STRATEGIES) {
    const reasons = reasonsFor(strategy, situation, priorities);
    if (reasons.length > 0) found.push({ strategy, reasons });
  }
  const at = new Map(STRATEGIES.map((s, i) => [s.id, i]));
  return inTurns(
    found.sort(
      (a, b) =>
        score(b, priorities) - score(a, priorities) || (at.get(a.strategy.id) ?? 0) - (at.get(b.strategy.id) ?? 0),
    ),
  );
}
