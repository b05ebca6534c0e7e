import type { Vars } from "../../core/i18n/entry";
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

/** "you said you have a pet, and you said you are thinking about leaving". */
export function reasonsSentence(reasons: readonly Reason[]): string {
  const parts = reasons.map(reasonText);
  if (parts.length <= 1) return parts[0] ?? "";
  const list = new Intl.ListFormat(document.documentElement.lang || "en-GB", { type: "conjunction" });
  return list.format(parts);
}
