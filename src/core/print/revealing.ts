import { EMERGENCY, NATIONAL_HELPLINES, SPECIALIST_HELPLINES } from "../config/services";
import { REGISTRY, type Registry } from "../i18n/catalogue";
import { LANGUAGES, type Lang, SOURCE_LANG } from "../i18n/languages";

/**
 * The words a discreet printout must never carry, in each language: anything that would tell
 * someone who finds the paper what it is for. Each language gives its own in its rules
 * (src/core/i18n/<code>/rules.ts). The discreet wording is tested against them, and so is every
 * discreet PDF (tests/e2e/print.spec.ts). Welsh words are written in their radical form (their
 * mutated forms are found too: "drais", "nhrais", "thrais"); Arabic words without "ال" (it and
 * the joined prepositions are found too: "العنف", "بالعنف").
 */
export const REVEALING_WORDS: Readonly<Record<Lang, readonly string[]>> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, REGISTRY[lang].rules.revealing]),
) as Record<Lang, readonly string[]>;

export { welshForms } from "../i18n/cy/rules";

/**
 * The names of the national services, whole and in parts ("Galop (National LGBT+ Domestic Abuse
 * Helpline)" gives "Galop" and "National LGBT+ Domestic Abuse Helpline").
 */
export function serviceNames(names: readonly string[] = defaultServiceNames()): string[] {
  const out = new Set<string>();
  for (const name of names) {
    out.add(name);
    const [before, inside] = name.split(/\s*\(/);
    if (before) out.add(before.trim());
    // "(National LGBT+ Domestic Abuse Helpline)" is a name; "(Wales)" is only a place.
    const aside = inside?.replace(/\)$/, "").trim();
    if (aside && /helpline/i.test(aside)) out.add(aside);
  }
  return [...out].filter((n) => n.length > 2);
}

function defaultServiceNames(): string[] {
  // "Emergency: police, ambulance, fire" is covered by "police"; 999 itself is not revealing.
  return [...NATIONAL_HELPLINES, ...SPECIALIST_HELPLINES].filter((s) => s !== EMERGENCY).map((s) => s.name);
}

/**
 * Lower case, one space between words, words broken across lines joined up again, and no
 * accents or Arabic vowel marks (so "côd" is "cod", and "إساءة" is "اساءة" however it is written;
 * a PDF's Arabic presentation forms become plain letters).
 */
function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}|\u0640/gu, "")
    .replace(/-\s*\n\s*/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The words a printout in this language is checked against: its own, and the English ones. */
function needles(lang: string, registry: Registry): { word: string; forms: string[] }[] {
  const own = ownNeedles(lang, registry);
  return lang === SOURCE_LANG ? own : [...own, ...ownNeedles(SOURCE_LANG, registry)];
}

/** A language's own revealing words, each with the forms it takes in running text. */
function ownNeedles(lang: string, registry: Registry): { word: string; forms: string[] }[] {
  const rules = registry[lang]?.rules;
  return (rules?.revealing ?? []).map((word) => ({
    word,
    forms: rules?.forms ? rules.forms(normalise(word)) : [normalise(word)],
  }));
}

/** Before an Arabic word: "و" or "ف", then "ب", "ل" or "ك", then "ال" (or "ل" after "ل"). */
const ARABIC_PREFIX = "(?:[وف])?(?:[بلك])?(?:ال|ل)?";

/**
 * The revealing words and service names found in a text, at the start of a word ("Leave" and
 * "leaves" count; "sleeve" does not). `extra` adds names such as an organisation's local services.
 * A Welsh or Arabic printout is checked against its own language's words and the English ones.
 */
export function findRevealing(text: string, extra: readonly string[] = [], lang: Lang = "en"): string[] {
  const names = [...serviceNames(), ...extra].map((word) => ({ word, forms: [normalise(word)] }));
  return findNeedles(text, [...needles(lang, REGISTRY), ...names]);
}

/**
 * A language's own revealing words found in a text (not the English ones, nor service names),
 * for checking a site's names against every language (src/core/config/neutral.ts).
 */
export function revealingIn(text: string, lang: string, registry: Registry = REGISTRY): string[] {
  return findNeedles(text, ownNeedles(lang, registry));
}

function findNeedles(text: string, needles: readonly { word: string; forms: string[] }[]): string[] {
  const haystack = normalise(text);
  const found: string[] = [];
  for (const { word, forms } of needles) {
    for (const form of forms) {
      const needle = form.trim();
      if (!needle) continue;
      const pattern = escapeRegExp(needle).replace(/[ -]+/g, "[ -]?");
      const prefix = /[\u0600-\u06ff]/.test(needle) ? ARABIC_PREFIX : "";
      if (new RegExp(`(^|[^\\p{L}\\p{N}])${prefix}${pattern}`, "u").test(haystack)) {
        found.push(word);
        break;
      }
    }
  }
  return [...new Set(found)];
}
