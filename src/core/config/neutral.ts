import { REGISTRY, type Registry } from "../i18n/catalogue";

/**
 * Words that would tell anyone glancing at a tab, the history, a bookmark or a downloads
 * folder what the site is for. The site's name, short name, exit title and file name must
 * avoid them (unless the organisation sets allowRevealingName). Each pattern names the word
 * it reports; short words match only as whole words, so "grape" or "fleet" are fine.
 */
const REVEALING: readonly (readonly [RegExp, string])[] = [
  [/abus/, "abuse"],
  [/domestic/, "domestic"],
  [/violen/, "violence"],
  [/\brefuges?\b/, "refuge"],
  [/safety[\s_-]*plan/, "safety plan"],
  [/safe[\s_-]*house/, "safe house"],
  [/coerci/, "coercion"],
  [/survivor/, "survivor"],
  [/victim/, "victim"],
  [/escape/, "escape"],
  [/\bflee(?:ing)?\b/, "flee"],
  [/shelter/, "shelter"],
  [/assault/, "assault"],
  [/\brape\b/, "rape"],
  [/\bstalk/, "stalking"],
  [/harass/, "harassment"],
  [/forced[\s_-]*marriage/, "forced marriage"],
  [/honou?r[\s_-]*based/, "honour-based"],
  [/women['’]?s[\s_-]*aid/, "women's aid"],
  [/perpetrator/, "perpetrator"],
  [/\b(?:dv|fgm|idva|marac)\b/, "an abbreviation used for abuse"],
];

/** The revealing words in a piece of text, in the list's order; empty when it is neutral. */
export function revealingWords(text: string, _registry: Registry = REGISTRY): string[] {
  const lower = text.toLowerCase();
  return REVEALING.filter(([pattern]) => pattern.test(lower)).map(([, word]) => word);
}
