import type { Vars } from "../../core/i18n/entry";
import { joinPhrases } from "../../core/i18n/join";
import type { UiListKey, UiPluralKey, UiTextKey } from "../../core/i18n/keys";
import { t, tCount, tList } from "../../core/i18n/runtime";
import type { Reason } from "../../core/tailoring/recommend";

/**
 * The library's words are looked up by ids held as data, so their keys are built here, in one
 * place, and typed once. Every key exists in every language (src/core/tailoring/tailoring.test.ts).
 */
export const tw = (key: string, vars?: Vars): string => t(key as UiTextKey, vars);
export const twCount = (key: string, count: number): string => tCount(key as UiPluralKey, count);
export const twList = (key: string): readonly string[] => tList(key as UiListKey);

export const strategyText = (id: string, part: "title" | "what" | "why" | "printLabel") =>
  tw(`tailoring.strategy.${id}.${part}`);
export const strategySteps = (id: string) => twList(`tailoring.strategy.${id}.how`);

export function reasonText(reason: Reason): string {
  return tw(`tailoring.reason.${reason.kind}.${reason.id}`);
}

/** "you said you have a pet and you said you are thinking about leaving", in the page's words. */
export function reasonsSentence(reasons: readonly Reason[]): string {
  return joinPhrases(reasons.map(reasonText), {
    between: t("tailoring.ui.ideas.between"),
    last: t("tailoring.ui.ideas.and"),
    lastBeforeVowel: t("tailoring.ui.ideas.andVowel"),
  });
}
