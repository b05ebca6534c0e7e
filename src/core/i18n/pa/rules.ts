import type { LanguageRules } from "../rules";

/**
 * Panjabi (Gurmukhi) rules.
 *
 * Revealing words are matched at the start of a word AFTER every mark is stripped
 * (src/core/print/revealing.ts: NFKD, then no \p{M}): vowel signs, tippi and bindi, addak and
 * nukta all go, so "ਹਿੰਸਾ" (violence) reads as "ਹਸ", the same as "ਹਿੱਸਾ" (part), "ਹੱਸ" (laugh)
 * and "ਹਸਪਤਾਲ" (hospital). Each word below was chosen so that, stripped, it does not begin an
 * ordinary word a household note would use: hence "ਘਰੇਲੂ ਹਿੰਸਾ" and "ਹਿੰਸਕ", not "ਹਿੰਸਾ";
 * "ਡਰਦ…", "ਡਰ ਲੱਗ", not "ਡਰ" ("ਡਰਾਇੰਗ", drawing); "ਲੁਕਾਉ…", "ਲੁਕਣ", not "ਲੁਕ" ("ਲੋਕ",
 * people); "ਭੱਜ ਜਾ", not "ਭੱਜ" ("ਭੇਜ", send; "ਭੋਜਨ", food); "ਘਰ ਛੱਡ", not "ਛੱਡ" (leave a
 * box empty); no "ਛੁਪ" ("ਛਾਪ", print). "ਖ਼ਤਰ" also catches "ਖੇਤਰ" (area): discreet text says "ਇਲਾਕਾ".
 */
export const rules: LanguageRules = {
  revealing: [
    "ਬਦਸਲੂਕੀ",
    "ਦੁਰਵਿਹਾਰ",
    "ਦੁਰਵਰਤੋਂ",
    "ਜ਼ੁਲਮ",
    "ਸ਼ੋਸ਼ਣ",
    "ਕੁੱਟਮਾਰ",
    "ਘਰੇਲੂ",
    "ਹਿੰਸਕ",
    "ਘਰੇਲੂ ਹਿੰਸਾ",
    "ਪੀੜਤ",
    "ਸੁਰੱਖਿਆ ਯੋਜਨਾ",
    "ਸੁਰੱਖਿਆ",
    "ਅਸੁਰੱਖਿਅਤ",
    "ਘਰ ਛੱਡ",
    "ਭੱਜ ਜਾ",
    "ਭੱਜ ਕੇ",
    "ਬਚ ਨਿਕਲ",
    "ਨਿਕਲ ਜਾ",
    "ਬਾਹਰ ਨਿਕਲ",
    "ਨਿਕਲਣ ਦਾ",
    "ਲੁਕਣ",
    "ਲੁਕਾਉ",
    "ਲੁਕਾਓ",
    "ਲੁਕਿਆ",
    "ਲੁਕਵ",
    "ਛੁਪਾਉ",
    "ਛੁਪਾਓ",
    "ਗੁਪਤ",
    "ਪਾਸਵਰਡ",
    "ਕੋਡ ਸ਼ਬਦ",
    "ਕੋਡ ਵਰਡ",
    "141",
    "ਖ਼ਤਰ",
    "ਡਰਦ",
    "ਡਰਿਆ",
    "ਡਰ ਲੱਗ",
    "ਡਰਾਉਣ",
    "ਧਮਕੀ",
    "ਧਮਕਾ",
    "ਸੱਟ ਲੱਗ",
    "ਸੱਟ ਮਾਰ",
    "ਨੁਕਸਾਨ",
    "ਮਾੜਾ ਦਿਨ",
    "ਬੁਰਾ ਦਿਨ",
    "ਔਖਾ ਦਿਨ",
    "ਉਸੇ ਪਤੇ",
    "ਪੁਲਿਸ",
    "ਪੁਲੀਸ",
    "ਅਦਾਲਤ",
    "ਵਕੀਲ",
    "ਸੋਲੀਸਿਟਰ",
    "ਪਨਾਹ",
    "ਸ਼ੈਲਟਰ",
    "ਰਿਫ਼ਿਊਜ",
    "ਹੈਲਪਲਾਈਨ",
  ],
  // Letters are counted as readability.ts counts them: only \p{L}. Gurmukhi vowel signs (ਾ ਿ ੀ ੁ
  // ੂ ੇ ੈ ੋ ੌ), tippi, bindi, addak, nukta and the half-letter sign are \p{M} and not counted, so
  // "ਸੁਰੱਖਿਆ" has 4 letters and "ਜਾਣਕਾਰੀ" 4; everyday Panjabi words have 2 to 4, and plain text
  // averages about 2.5 letters a word. So the mean is set well below English (3.5 / 4 / 4): it
  // still catches strings of long formal (Sanskrit- or Persian-derived) words, which average 5 or
  // more. The longest word stays as in English (10 / 13 / 13), because English names (Childline,
  // Samaritans) stay in Latin letters, where every letter counts. Panjabi sentences have more
  // words than English ones: postpositions (ਨੂੰ, ਦੇ, ਵਿੱਚ) and auxiliaries (ਕਰ ਸਕਦੇ ਹੋ) stand
  // alone, about 1.25 words for each English one, so sentence words are the English × 1.25.
  // Sentences end with the danda (।). Rewrite the text if it fails; don't raise the limits.
  readingLimits: {
    child: { sentenceWords: 20, wordLetters: 10, meanWordLetters: 3.5 },
    "young-person": { sentenceWords: 35, wordLetters: 13, meanWordLetters: 4 },
    // Adults: GOV.UK's 25 words a sentence × 1.25 for Panjabi's separate small words.
    adult: { sentenceWords: 31, wordLetters: 13, meanWordLetters: 4 },
  },
};
