import type { StrategiesAnswer } from "../plans/schema";

export { NO_STRATEGIES, readStrategies };

import { NO_STRATEGIES, readStrategies } from "./kept";
import { readPriorities } from "./priorities";
import { recommend, type Suggestion } from "./recommend";
import { readSituation } from "./situations";
import { type Strategy, strategyById } from "./strategies";

/**
 * The person's choices among the strategies, as the plan keeps them (field `strategies`), and
 * the view the screen shows: what is suggested and not yet decided, what they kept (with their
 * note), what they said is not for them, and their own. Pure functions: the field renders
 * these and calls the changes below.
 */

export interface KeptStrategy {
  readonly strategy: Strategy;
  readonly note: string;
  /** Why it was suggested, if it still is: kept strategies stay even when answers change. */
  readonly suggestion?: Suggestion;
}

export interface StrategiesView {
  /** Suggested, and neither kept nor dropped: best first. */
  readonly suggested: readonly Suggestion[];
  readonly kept: readonly KeptStrategy[];
  readonly dropped: readonly Strategy[];
  readonly own: StrategiesAnswer["own"];
}

export function strategiesView(situation: unknown, priorities: unknown, answer: StrategiesAnswer): StrategiesView {
  const suggestions = recommend(readSituation(situation), readPriorities(priorities));
  const decided = new Set([...answer.kept.map((k) => k.id), ...answer.dropped]);
  const byId = new Map(suggestions.map((s) => [s.strategy.id, s]));
  const kept: KeptStrategy[] = [];
  for (const k of answer.kept) {
    const strategy = strategyById(k.id);
    // A strategy a newer library no longer has is left out of the view but kept in the plan.
    if (!strategy) continue;
    const suggestion = byId.get(k.id);
    kept.push(suggestion ? { strategy, note: k.note, suggestion } : { strategy, note: k.note });
  }
  return {
    suggested: suggestions.filter((s) => !decided.has(s.strategy.id)),
    kept,
    dropped: answer.dropped.flatMap((id) => strategyById(id) ?? []),
    own: answer.own,
  };
}

export function keep(answer: StrategiesAnswer, id: string): StrategiesAnswer {
  if (answer.kept.some((k) => k.id === id)) return answer;
  return { ...answer, kept: [...answer.kept, { id, note: "" }], dropped: answer.dropped.filter((d) => d !== id) };
}

/** "Not for me": out of the suggestions, and out of the plan if it was kept (its note with it). */
export function drop(answer: StrategiesAnswer, id: string): StrategiesAnswer {
  return {
    ...answer,
    kept: answer.kept.filter((k) => k.id !== id),
    dropped: answer.dropped.includes(id) ? answer.dropped : [...answer.dropped, id],
  };
}

/** Takes a strategy back out of the plan or out of "not for me": it is suggested again. */
export function undecide(answer: StrategiesAnswer, id: string): StrategiesAnswer {
  return { ...answer, kept: answer.kept.filter((k) => k.id !== id), dropped: answer.dropped.filter((d) => d !== id) };
}

export function setNote(answer: StrategiesAnswer, id: string, note: string): StrategiesAnswer {
  return { ...answer, kept: answer.kept.map((k) => (k.id === id ? { ...k, note } : k)) };
}

/** A new strategy of the person's own, with an id no other has. */
export function addOwn(answer: StrategiesAnswer): StrategiesAnswer {
  const used = new Set(answer.own.map((o) => o.id));
  let n = answer.own.length + 1;
  while (used.has(`own-${n}`)) n += 1;
  return { ...answer, own: [...answer.own, { id: `own-${n}`, title: "", note: "" }] };
}

export function editOwn(
  answer: StrategiesAnswer,
  id: string,
  change: { title?: string; note?: string },
): StrategiesAnswer {
  return { ...answer, own: answer.own.map((o) => (o.id === id ? { ...o, ...change } : o)) };
}

export function removeOwn(answer: StrategiesAnswer, id: string): StrategiesAnswer {
  return { ...answer, own: answer.own.filter((o) => o.id !== id) };
}

/** Whether the person has chosen anything worth keeping (an empty answer is left out of the plan). */
export function isEmptyChoice(answer: StrategiesAnswer): boolean {
  return answer.kept.length === 0 && answer.dropped.length === 0 && answer.own.length === 0;
}
