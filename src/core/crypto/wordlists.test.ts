import { describe, expect, it } from "vitest";
import { foldForGuessing } from "./fold";
import { COMMON_PASSWORDS_OTHER_LANGUAGES, NAMES } from "./guessable";
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
import { WORDS_PL } from "./wordlist-pl";
import { WORDS_RO } from "./wordlist-ro";

/** The English suggestion's strength in bits: each other language's suggestion must reach it. */
const ENGLISH_BITS = DEFAULT_SUGGESTED_WORDS * BITS_PER_WORD;

/**
 * Welsh, Arabic, Polish and Romanian words that must never be in a list: people using this site may
 * be living with abuse. Polish and Romanian are written with their own letters and also checked
 * without them (plainLetters), as the lists are a to z only.
 */
const UPSETTING = `
marw lladd cyllell gwn gwaed poen brifo taro curo ofn ofnus dychryn cuddio dianc ffoi perygl peryglus diogel
diogelwch heddlu carchar llys cyfraith trais rhyw priodas ysgariad gwr gwraig duw eglwys capel rhyfel milwr
cosb cosbi crio dagrau unig trist cas dig meddw cwrw gwin cyffuriau nodwydd rhaff cadwyn clo
موت ميت قتل سكين مسدس سلاح دم ألم ضرب خوف خائف رعب اختباء هروب هرب خطر أمان شرطة سجن محكمة قانون عنف جنس
زواج طلاق زوج زوجة الله مسجد كنيسة صلاة حرب جندي عقاب بكاء دموع حزين وحيد كره غضب خمر مخدرات إبرة حبل سلسلة قفل
śmierć martwy zabić zabijać nóż pistolet broń krew ból boleć bić uderzyć strach bać przerażenie ukryć ukrywać
ucieczka uciec uciekać niebezpieczeństwo niebezpieczny bezpieczny bezpieczeństwo policja policjant więzienie areszt
sąd sędzia prawo przemoc seks ślub małżeństwo rozwód mąż żona bóg kościół kaplica modlitwa wojna żołnierz kara
karać płakać płacz łzy samotny smutny zły gniew nienawiść pijany wódka piwo wino narkotyki igła lina sznur
łańcuch kłódka zamek klucz choroba chory szpital trumna grób
moarte mort ucide omorî cuțit pistol armă sânge durere lovi bate bătaie frică teamă speriat groază ascunde
ascunzătoare fugă fugi evada pericol periculos sigur siguranță poliție polițist închisoare arest tribunal judecător
lege violență sex nuntă căsătorie divorț soț soție dumnezeu biserică capelă rugăciune război soldat pedeapsă pedepsi
plânge plâns lacrimi singur trist rău furie ură beat bere vin vodcă droguri ac frânghie funie lanț lacăt cheie
boală bolnav spital sicriu mormânt
`
  .trim()
  .split(/\s+/)
  .map(foldForGuessing);

/** A word without its accents and Polish ł, as someone might type it on a keyboard without them. */
const plainLetters = (word: string) =>
  word.normalize("NFD").replace(/\p{M}/gu, "").replace(/ł/g, "l").replace(/Ł/g, "L");
const UPSETTING_PLAIN = new Set([...UPSETTING, ...UPSETTING.map(plainLetters)]);

const LISTS = [
  ["Welsh", "cy", WORDS_CY],
  ["Arabic", "ar", WORDS_AR],
  ["Polish", "pl", WORDS_PL],
  ["Romanian", "ro", WORDS_RO],
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
      [...COMMON_PASSWORDS, ...`${COMMON_PASSWORDS_OTHER_LANGUAGES} ${NAMES}`.trim().split(/\s+/)].map(foldForGuessing),
    );
    expect(folded.filter((w) => banned.has(w))).toEqual([]);
    expect(folded.filter((w) => UPSETTING_PLAIN.has(w))).toEqual([]);
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
    expect(suggestionLangFor("pl")).toBe("pl");
    expect(suggestionLangFor("ro")).toBe("ro");
    // Urdu and Panjabi keep English words (docs/languages/ur.md, pa.md say why).
    expect(suggestionLangFor("ur")).toBe("en");
    expect(suggestionLangFor("pa")).toBe("en");
    expect(suggestionLangFor("zz")).toBe("en");
    expect(suggestionLangFor("constructor")).toBe("en");
  });

  it.each([
    ["Welsh", WORDS_CY],
    ["Polish", WORDS_PL],
    ["Romanian", WORDS_RO],
  ])("keeps %s to the letters a to z, so it types the same on any keyboard", (_name, words) => {
    // The key (kdf.ts) sees the exact letters: a word needing ł, ó, ș or ț would depend on the keyboard.
    expect(words.filter((w) => !/^[a-z]{2,14}$/.test(w))).toEqual([]);
  });

  it("keeps to Arabic words with one usual spelling, so the key is the same however it is typed", () => {
    // The key (kdf.ts) sees the exact letters: ة/ه, أ/ا, ى/ي or a hamza's seat would lock it for good.
    expect(WORDS_AR.filter((w) => !/^[\u0621-\u064A]{2,12}$/.test(w))).toEqual([]);
    expect(WORDS_AR.filter((w) => /[أإآٱىةءؤئ]/.test(w) || w.endsWith("ي"))).toEqual([]);
    expect(WORDS_AR.filter((w) => foldForGuessing(w) !== w)).toEqual([]);
  });
});
