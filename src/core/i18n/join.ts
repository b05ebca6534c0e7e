/**
 * Joins phrases into one ("a, b and c") with the catalogue's own words for "," and "and".
 * Not Intl.ListFormat: a browser without a language's list data falls back to English, and
 * Chromium has none for Welsh, so a Welsh sentence read "… eich partner and bod …".
 */
export interface JoinWords {
  /** Between all but the last two: ", " (Arabic joins every one with " و"). */
  readonly between: string;
  /** Before the last: " and ". */
  readonly last: string;
  /** Before a last phrase that starts with a vowel (Welsh "ac", not "a"). */
  readonly lastBeforeVowel: string;
}

const VOWEL_START = /^[aeiouwyâêîôûŵŷ]/i;

export function joinPhrases(parts: readonly string[], words: JoinWords): string {
  return parts.reduce((out, part, i) => {
    if (i === 0) return part;
    if (i < parts.length - 1) return out + words.between + part;
    return out + (VOWEL_START.test(part) ? words.lastBeforeVowel : words.last) + part;
  }, "");
}
