import { REGISTRY, type Registry } from "../i18n/catalogue";
import { SOURCE_LANG } from "../i18n/languages";
import { revealingIn } from "../print/revealing";

/**
 * Words that would tell anyone glancing at a tab, the history, a bookmark or a downloads
 * folder what the site is for. The site's name, short name, exit title and file name must
 * avoid them (unless the organisation sets allowRevealingName), in English and in every other
 * language of the list. In English, each pattern below names the word it reports; short words
 * match only as whole words, so "grape" or "fleet" are fine.
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

/**
 * The revealing words in a piece of text, English first (in the list's order), then each other
 * language's own (its rules' revealing words, src/core/i18n/<code>/rules.ts, in the forms they
 * take in running text: Welsh "drais" is "trais", Arabic "الملجأ" is "ملجأ"); empty when neutral.
 */
export function revealingWords(text: string, registry: Registry = REGISTRY): string[] {
  const lower = text.toLowerCase();
  const english = REVEALING.filter(([pattern]) => pattern.test(lower)).map(([, word]) => word);
  const others = Object.keys(registry)
    .filter((lang) => lang !== SOURCE_LANG)
    .flatMap((lang) => revealingIn(text, lang, registry));
  return [...new Set([...english, ...others])];
}
