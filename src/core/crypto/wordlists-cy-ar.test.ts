import { describe, expect, it } from "vitest";
import { foldForGuessing } from "./fold";
import { COMMON_PASSWORDS_CY_AR, NAMES } from "./guessable";
import {
  ACCEPTABLE_BITS,
  assessPassphrase,
  BITS_PER_WORD,
  COMMON_PASSWORDS,
  DEFAULT_SUGGESTED_WORDS,
  suggestedWordCount,
  suggestionFor,
  suggestionLangFor,
  wordsFor,
} from "./passphrase";
import { WORDS_AR } from "./wordlist-ar";
import { WORDS_CY } from "./wordlist-cy";

/** The English suggestion's strength in bits: each other language's suggestion must reach it. */
const ENGLISH_BITS = DEFAULT_SUGGESTED_WORDS * BITS_PER_WORD;

/** Welsh and Arabic words that must never be in a list: people using this site may be living with abuse. */
const UPSETTING = `
marw lladd cyllell gwn gwaed poen brifo taro curo ofn ofnus dychryn cuddio dianc ffoi perygl peryglus diogel
diogelwch heddlu carchar llys cyfraith trais rhyw priodas ysgariad gwr gwraig duw eglwys capel rhyfel milwr
cosb cosbi crio dagrau unig trist cas dig meddw cwrw gwin cyffuriau nodwydd rhaff cadwyn clo
موت ميت قتل سكين مسدس سلاح دم ألم ضرب خوف خائف رعب اختباء هروب هرب خطر أمان شرطة سجن محكمة قانون عنف جنس
زواج طلاق زوج زوجة الله مسجد كنيسة صلاة حرب جندي عقاب بكاء دموع حزين وحيد كره غضب خمر مخدرات إبرة حبل سلسلة قفل
`
  .trim()
  .split(/\s+/)
  .map(foldForGuessing);

const LISTS = [
  ["Welsh", "cy", WORDS_CY],
  ["Arabic", "ar", WORDS_AR],
] as const;

/** A random function that walks through the given indices. */
const sequence = (indices: readonly number[]) => {
  let i = 0;
  return () => indices[i++ % indices.length] ?? 0;
};

describe.each(LISTS)("the %s word list", (_name, lang, words) => {
  const folded = words.map(foldForGuessing);

  it("is what wordsFor gives for its language", () => {
    expect(wordsFor(lang)).toBe(words);
  });

  it("has at least 512 words, none repeated once folded (fold.ts)", () => {
    expect(words.length).toBeGreaterThanOrEqual(512);
    expect(new Set(folded).size).toBe(words.length);
    expect(Object.isFrozen(words)).toBe(true);
  });

  it("has no common password, name or upsetting word", () => {
    const banned = new Set(
      [...COMMON_PASSWORDS, ...`${COMMON_PASSWORDS_CY_AR} ${NAMES}`.trim().split(/\s+/)].map(foldForGuessing),
    );
    expect(folded.filter((w) => banned.has(w))).toEqual([]);
    expect(folded.filter((w) => UPSETTING.includes(w))).toEqual([]);
  });

  it("uses enough words to be as strong as the English suggestion", () => {
    const count = suggestedWordCount(lang);
    expect(count).toBe(Math.ceil(ENGLISH_BITS / Math.log2(words.length)));
    expect(count * Math.log2(words.length)).toBeGreaterThanOrEqual(ENGLISH_BITS);
  });

  it("suggests only its own words, distinct, and the estimate rates them strong", () => {
    for (let i = 0; i < 20; i++) {
      const suggestion = suggestionFor(lang);
      const parts = suggestion.split(" ");
      expect(parts).toHaveLength(suggestedWordCount(lang));
      expect(parts.every((w) => words.includes(w))).toBe(true);
      expect(new Set(parts).size).toBe(parts.length);
      const verdict = assessPassphrase(suggestion);
      expect(verdict.acceptable).toBe(true);
      expect(verdict.score).toBe(4);
      expect(verdict.bits).toBeGreaterThanOrEqual(Math.floor(ENGLISH_BITS));
    }
  });

  it("rates even the most guessable-looking suggestion strong (the first words of the list)", () => {
    const count = suggestedWordCount(lang);
    const suggestion = suggestionFor(lang, sequence(Array.from({ length: count }, (_, i) => i)));
    expect(suggestion).toBe(words.slice(0, count).join(" "));
    expect(assessPassphrase(suggestion).bits).toBeGreaterThanOrEqual(ACCEPTABLE_BITS + 10);
  });
});

describe("suggestionFor", () => {
  it("gives English words, 5 of them, for English", () => {
    expect(suggestedWordCount("en")).toBe(DEFAULT_SUGGESTED_WORDS);
    expect(suggestionFor("en").split(" ")).toHaveLength(5);
  });

  it("draws from the page's own list, or English words where a language has none yet", () => {
    expect(suggestionLangFor("cy")).toBe("cy");
    expect(suggestionLangFor("ar")).toBe("ar");
    expect(suggestionLangFor("zz")).toBe("en");
    expect(suggestionLangFor("constructor")).toBe("en");
  });

  it("keeps Welsh to the letters a to z, so it types the same on any keyboard", () => {
    expect(WORDS_CY.filter((w) => !/^[a-z]{2,14}$/.test(w))).toEqual([]);
  });

  it("keeps to Arabic words with one usual spelling, so the key is the same however it is typed", () => {
    // The key (kdf.ts) sees the exact letters: ة/ه, أ/ا, ى/ي or a hamza's seat would lock it for good.
    expect(WORDS_AR.filter((w) => !/^[\u0621-\u064A]{2,12}$/.test(w))).toEqual([]);
    expect(WORDS_AR.filter((w) => /[أإآٱىةءؤئ]/.test(w) || w.endsWith("ي"))).toEqual([]);
    expect(WORDS_AR.filter((w) => foldForGuessing(w) !== w)).toEqual([]);
  });
});
