import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogue";
import { LANGUAGES, type Lang, SOURCE_LANG } from "./languages";
import { flatten } from "./parts";

/** Each entry of a language as one string, by key (lists and plurals joined). */
function texts(lang: Lang): Record<string, string> {
  const all = flatten(CATALOGUES[lang] as never) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(all).map(([key, v]) => [
      key,
      // Arabic short vowels (harakat) are optional in writing: a term is the same with or without.
      (typeof v === "string" ? v : Array.isArray(v) ? v.join("\n") : Object.values(v as object).join("\n")).replace(
        /[\u064B-\u0652]/g,
        "",
      ),
    ]),
  );
}

/**
 * docs/translations.md, Glossary: where the English names a key term, the translation uses the
 * glossary's term for it (any Welsh mutation of it), never a near word that a reader could take
 * for something else ("cyfrinair" is a password; "عامل" is not the support worker's title).
 * Every language gives its term for each (a new language fails here until it does).
 */
const TERMS: readonly Record<Lang, RegExp>[] = [
  {
    en: /passphrase/i,
    cy: /[cg]yfrinymadrodd|chyfrinymadrodd|nghyfrinymadrodd/i,
    ar: /عبار(ة|ت)/,
    pl: /fraz\p{L}* hasła/iu,
    ur: /پاس فریز/,
    ro: /fraz\p{L}*( \p{L}+)? de acces/iu,
    pa: /ਪਾਸਫ਼ਰੇਜ਼/,
  },
  {
    en: /support worker/i,
    cy: /[gw]eithiwr cymorth|gweithwyr cymorth/i,
    ar: /مرشد(ة)? (ال)?دعم|مرشدي (ال)?دعم/,
    pl: /osob\p{L}* wspieraj\p{L}*/iu,
    ur: /سپورٹ ورکر/,
    ro: /consilier\p{L}* de sprijin/iu,
    pa: /ਸਹਾਇਤਾ ਕਰਮਚਾਰੀ/,
  },
  {
    en: /helpline/i,
    cy: /l?linell(au)? ([cg]ymorth|gyngor)/i,
    ar: /خط(وط)? (ال)?مساعدة|خط النصائح|خطوط المساعدة/,
    pl: /telefon\p{L}* zaufania|linii? porad/iu,
    ur: /ہیلپ لائن/,
    ro: /lini\p{L}* de (ajutor|consiliere)/iu,
    pa: /ਹੈਲਪਲਾਈਨ/,
  },
  {
    en: /\blocked\b/i,
    cy: /[cg]loi|chloi|nghloi|[cg]lo\b/i,
    ar: /مقفل|قفل|يُقفل|تُقفل/,
    pl: /blok/i,
    ur: /تالا|تالے/,
    ro: /încui|descui/i,
    pa: /ਲੌਕ/,
  },
  {
    en: /\brefuges?\b/i,
    cy: /[l]?loches/i,
    ar: /إيواء/,
    pl: /schronieni/i,
    ur: /پناہ گاہ/,
    ro: /adăpost/i,
    pa: /ਰਿਫ਼ਿਊਜ/,
  },
];

describe("Glossary: one term for each key thing", () => {
  const en = texts("en");
  for (const lang of LANGUAGES.filter((l) => l !== SOURCE_LANG)) {
    const other = texts(lang);
    for (const term of TERMS) {
      it(`${lang}: every entry that says ${term.en.source} uses the glossary's term`, () => {
        const missing = Object.keys(en).filter(
          (key) => term.en.test(en[key] ?? "") && !term[lang].test(other[key] ?? ""),
        );
        expect(missing).toEqual([]);
      });
    }
  }
});
