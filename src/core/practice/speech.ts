import { t } from "../i18n/runtime";
import { joinSentences } from "../plans/sentences";
import type { PracticeChoice, PracticeSet, Scenario } from "./types";

/**
 * What Read aloud says on each practice screen: everything a child needs to understand it,
 * in the order it is shown, in the page's language. `fill` puts in the child's own answers.
 */
type Fill = (text: string) => string;

export function menuSpeech(set: PracticeSet, fill: Fill): string {
  return joinSentences([
    set.title,
    ...set.intro.map(fill),
    t("practice.pickOne"),
    t("practice.practiseWhatToDo"),
    t("practice.practiseCall"),
  ]);
}

export function scenarioSpeech(scenario: Scenario, fill: Fill): string {
  return joinSentences([scenario.situation, scenario.question, ...scenario.choices.map((c) => c.label)].map(fill));
}

/** "Safe choice" or "Not safe": said in words, and shown with an icon and a colour too. */
export const verdictOf = (choice: PracticeChoice) => (choice.best ? t("practice.safe") : t("practice.notSafe"));

export function feedbackSpeech(choice: PracticeChoice, fill: Fill): string {
  return joinSentences([verdictOf(choice), fill(choice.feedback), choice.best ? undefined : t("practice.tryAgain")]);
}

/** A part of the pretend call: that it is pretend, the call's opening on the first part, and the part itself. */
export function callSpeech(set: PracticeSet, index: number, fill: Fill): string {
  const step = set.call.steps[index];
  if (!step) return "";
  return joinSentences([
    t("practice.pretend"),
    ...(index === 0 ? [set.call.title, ...set.call.intro] : []).map(fill),
    `${t("practice.operatorSays")} ${fill(step.operator)}`,
    `${t("practice.youSay")} ${fill(step.prompt)}`,
    fill(step.hint),
    t("practice.sayOrType"),
  ]);
}

/** The box about pressing 55. */
export function silentCallSpeech(set: PracticeSet, fill: Fill): string {
  return joinSentences([t("practice.cannotTalk"), ...set.call.silentCall.map(fill)]);
}

export function endSpeech(lines: readonly string[], fill: Fill): string {
  return joinSentences([t("practice.wellDone"), ...lines.map(fill)]);
}
