import { childPractice } from "./child";
import { buildPractice, type PracticeShape } from "./shape";
import { childPracticeShape } from "./shapes/child";
import { youngPersonPracticeShape } from "./shapes/young-person";
import type { Audience, PracticeSet } from "./types";
import { youngPersonPractice } from "./young-person";

export { childPractice } from "./child";
export { buildPractice, type PracticeShape } from "./shape";
export type { Audience, CallStep, PracticeChoice, PracticeSet, Scenario } from "./types";
export { youngPersonPractice } from "./young-person";

/** Every practice's structure, by audience. */
export const practiceShapes: Record<Audience, PracticeShape> = {
  child: childPracticeShape,
  "young-person": youngPersonPracticeShape,
};

/** Every practice set in English (tests and English-only tools). */
export const practiceSets: Record<Audience, PracticeSet> = {
  child: childPractice,
  "young-person": youngPersonPractice,
};

/** A practice set in any language, from a catalogue's practice words (build time and tests). */
export const practiceIn = (audience: Audience, words: Parameters<typeof buildPractice>[1]): PracticeSet =>
  buildPractice(practiceShapes[audience], words);

export { PRACTICE_PICTURES, type PracticePicture } from "./pictures";
export {
  fillPlaceholders,
  isPlaceholderName,
  PLACEHOLDER_NAMES,
  type PlaceholderName,
} from "./placeholders";

/**
 * Every string of a practice set that the child or young person sees, in screen order: titles,
 * intro, situations, questions, choice labels and feedback, the pretend call (what the operator
 * says, what to say back, hints), the silent call, the ending and the closing words.
 * Not ids, picture names or answer keys.
 */
export function practiceStrings(set: PracticeSet): string[] {
  const out: string[] = [set.title, ...set.intro];
  for (const scenario of set.scenarios) {
    out.push(scenario.situation, scenario.question);
    for (const choice of scenario.choices) out.push(choice.label, choice.feedback);
  }
  out.push(set.call.title, ...set.call.intro);
  for (const step of set.call.steps) out.push(step.operator, step.prompt, step.hint);
  out.push(...set.call.silentCall, ...set.call.ending, ...set.closing);
  return out;
}

export { callAnswer, type PlanValues, practiceValues, valuesFromPlan } from "./from-plan";
export { IDEA_CUES, PICTURE_IDEAS, REWARDING_PICTURES, STEP_PICTURES } from "./pictures";
export { PRACTICE_WORDS, READ_ALOUD_WORDS } from "./words";
