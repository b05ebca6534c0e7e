import type { Reader, ReadingLimits } from "../plans/readability";

/**
 * What the checks need to know of a language, beside its words: kept in its own folder
 * (src/core/i18n/<code>/rules.ts), so a new language brings its own. Build time and tests only.
 */
export interface LanguageRules {
  /**
   * Words that would tell someone what the site is for: never on a discreet printout
   * (src/core/print/revealing.ts), and never in the site's name or file names (config). Welsh
   * words in their radical form; Arabic words without "ال".
   */
  revealing: readonly string[];
  /** The forms a word takes in running text (Welsh mutations: "trais", "drais"…); the word alone if left out. */
  forms?: (word: string) => string[];
  /** How long children's and young people's sentences and words may be (src/core/plans/readability.ts). */
  readingLimits: Record<Reader, ReadingLimits>;
}
