/**
 * Passphrase suggestions and a simple, explainable strength estimate. No libraries, no DOM.
 *
 * Suggestions: words drawn uniformly from the built-in 2048-word list (WORDS) with
 * crypto.getRandomValues. Every word is worth 11 bits, so the default 5 words give ~55 bits and
 * 4 words ~44 bits. (Words are not repeated within one suggestion; that costs under 0.01 bits.)
 * The Welsh, Arabic, Polish and Romanian pages draw from their own lists (wordlist-cy.ts, 772
 * words, ~9.6 bits a word; wordlist-ar.ts, 638 words, ~9.3 bits; wordlist-pl.ts, 944 words, ~9.9
 * bits; wordlist-ro.ts, 747 words, ~9.5 bits), with 6 words, so as to be as strong as the English 5.
 *
 * Strength: the larger of two estimates, both in bits ("how many yes/no guesses"), of the text
 * folded first (fold.ts: digits of any script become 0–9, Cyrillic and Greek look-alikes become
 * Latin letters, Arabic spelling variants become one):
 *   (a) a character estimate. Each character costs log2(pool size), where the pool is the set of
 *       character classes used (a–z 26, A–Z 26, 0–9 10, other ASCII symbols 33, each other
 *       alphabet by its size: Arabic 28, Cyrillic 33, Greek 24, Hebrew 22, accented Latin
 *       letters 20; anything else 100), but known patterns cost much less:
 *       - a repeated character, or the third and later steps of a run such as "abcd", "4321" or
 *         "qwer": 1 bit each;
 *       - a word from WORDS: 11 bits (from another language's list: log2 of its size); a very
 *         common English, Welsh, Arabic, Polish or Romanian word ("the", "am", "حب"): 6 bits; one
 *         of ~250 very common passwords or phrases ("password", "123456", "cyfrinair", "haslo",
 *         "parola", "كلمة المرور"): 8 bits; a common first name (guessable.ts): 8 bits; a
 *         year from 1900 to 2039: 7 bits; a date ("01/03/1990", "15081987"): 15 bits; +1 bit
 *         for capitals and +1 for look-alike swaps ("p@ssw0rd");
 *       - a word or chunk that repeats an earlier one: 1 bit, plus log2(number of repeats);
 *       - a single space between words: 0 bits; any other separator (hyphen, underscore, full
 *         stop, apostrophe, several spaces): 1 bit;
 *       - the estimate is also worked out with separators removed ("I-Love-You-123" as
 *         "iloveyou123"), and the lower of the two is used.
 *   (b) if the passphrase is 3 or more words separated by spaces/hyphens and every word is in
 *       one list (English, Welsh, Arabic, Polish or Romanian): log2(list size) bits per distinct word, 11 for
 *       English (what they would be worth if chosen at random).
 *
 * Thresholds (bits are rounded down):
 *   score 0 < 20 ≤ score 1 < 30 ≤ score 2 < 40 ≤ score 3 < 50 ≤ score 4.
 *   Acceptable means at least ACCEPTABLE_BITS (40) and at least MIN_PASSPHRASE_LENGTH (10)
 *   characters; anything shorter is capped at score 2, so `acceptable === score >= 3`.
 *   The passphrase form refuses any new passphrase that is not acceptable (entering an existing
 *   one to open something is never judged, so older, weaker passphrases still work).
 *
 * Why 40 bits: plans are encrypted with a key from PBKDF2-SHA256 at 600,000 iterations, so each
 * guess is expensive: about 80 ms of one CPU core, measured (docs/file-format.md, "Cost of a
 * guess"), or about 15,000 guesses a second on one high-end GPU (RTX 4090). At that rate 40 bits
 * takes about 14 months on average, a 4-word suggestion (44 bits) about 19 years and the default
 * 5-word suggestion (55 bits) about 38,000 years.
 * Why 10 characters: short strings are where any estimate like this is least reliable.
 */
import type { UiTextKey } from "../i18n/keys";
import { t } from "../i18n/runtime";
import { foldForGuessing } from "./fold";
import { COMMON_PASSWORDS_OTHER_LANGUAGES, COMMON_WORDS_OTHER_LANGUAGES, NAMES } from "./guessable";
import { WORDS } from "./wordlist";
import { WORDS_AR } from "./wordlist-ar";
import { WORDS_CY } from "./wordlist-cy";
import { WORDS_PL } from "./wordlist-pl";
import { WORDS_RO } from "./wordlist-ro";

/** Shortest passphrase we accept, in characters (Unicode code points after NFC). */
export const MIN_PASSPHRASE_LENGTH = 10;
/** Estimated bits needed (together with MIN_PASSPHRASE_LENGTH) for a passphrase to be acceptable. */
export const ACCEPTABLE_BITS = 40;
/** Entropy of one word drawn uniformly from WORDS: log2(2048). */
export const BITS_PER_WORD = 11;
export const DEFAULT_SUGGESTED_WORDS = 5;
export const MIN_SUGGESTED_WORDS = 4;
export const MAX_SUGGESTED_WORDS = 8;

/** The languages with a word list of their own: each page suggests words in its language. */
export type SuggestionLang = "en" | "cy" | "ar" | "pl" | "ro";
const LISTS: Readonly<Record<SuggestionLang, readonly string[]>> = {
  en: WORDS,
  cy: WORDS_CY,
  ar: WORDS_AR,
  pl: WORDS_PL,
  ro: WORDS_RO,
};
/**
 * Every suggestion is at least as strong as the English default (5 × 11 = 55 bits): a shorter
 * list needs more words, ceil(55 / log2(list size)) (Welsh, Arabic, Polish and Romanian: 6 words,
 * 56 to 59 bits).
 */
const SUGGESTION_BITS = DEFAULT_SUGGESTED_WORDS * BITS_PER_WORD;
/** And never fewer bits than the shortest English suggestion (4 words, 44 bits). */
const MIN_SUGGESTION_BITS = MIN_SUGGESTED_WORDS * BITS_PER_WORD;

/**
 * The list a page's suggestion is drawn from: its own language's, or, for a language with no list
 * (Urdu and Panjabi, whose letters differ between keyboards: docs/languages/ur.md, pa.md), English
 * words (the letters a to z type the same on any keyboard; the page says they are English words,
 * storage.pass.suggestedNoteLatin).
 */
export function suggestionLangFor(lang: string): SuggestionLang {
  return Object.hasOwn(LISTS, lang) ? (lang as SuggestionLang) : "en";
}

/** The word list for a language. */
export function wordsFor(lang: SuggestionLang): readonly string[] {
  return LISTS[lang];
}

/** How many words a suggestion in this language has (5 in English). */
export function suggestedWordCount(lang: SuggestionLang): number {
  return Math.ceil(SUGGESTION_BITS / Math.log2(LISTS[lang].length));
}

/** Returns a uniformly random integer in [0, n). */
export type RandomIndex = (n: number) => number;
/** Returns a uniformly random integer in [0, 65535]. */
export type Uint16Source = () => number;

export type PassphraseScore = 0 | 1 | 2 | 3 | 4;

export interface PassphraseAssessment {
  readonly score: PassphraseScore;
  readonly label: string;
  readonly advice: string;
  readonly acceptable: boolean;
  /** Estimated strength in bits, rounded down. */
  readonly bits: number;
}

/** Give up after this many draws: only a broken random source gets anywhere near it. */
const MAX_DRAWS = 1000;

/**
 * Uniform integer in [0, n) for 1 ≤ n ≤ 65536, from 16-bit random values, by rejection sampling:
 * each value is masked to the smallest power of two ≥ n (the low bits of a uniform 16-bit value
 * are uniform, because every power of two ≤ 65536 divides 65536) and values ≥ n are thrown away
 * and redrawn. There is no modulo bias. For n = 2048 (WORDS) the mask is 11 bits and nothing is
 * ever rejected.
 */
export function uniformIndex(n: number, nextUint16: Uint16Source): number {
  if (!Number.isInteger(n) || n < 1 || n > 0x10000) {
    throw new RangeError(`uniformIndex: n must be an integer from 1 to 65536, got ${n}`);
  }
  let mask = 0;
  while (mask < n - 1) mask = mask * 2 + 1;
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const raw = nextUint16();
    if (!Number.isInteger(raw) || raw < 0 || raw > 0xffff) {
      throw new RangeError(`uniformIndex: random source must return an integer from 0 to 65535, got ${raw}`);
    }
    const candidate = raw & mask;
    if (candidate < n) return candidate;
  }
  throw new Error("uniformIndex: random source kept returning out-of-range values");
}

/** One 16-bit value from the platform CSPRNG (crypto.getRandomValues). */
export function cryptoUint16(): number {
  const [value] = globalThis.crypto.getRandomValues(new Uint16Array(1));
  if (value === undefined) throw new Error("crypto.getRandomValues returned nothing");
  return value;
}

/** Uniform integer in [0, n) from crypto.getRandomValues (see uniformIndex). */
export function cryptoRandomIndex(n: number): number {
  return uniformIndex(n, cryptoUint16);
}

/**
 * A new passphrase of `words` distinct words from the list of `lang` (English by default),
 * joined with single spaces. English: 5 words (the default) ≈ 55 bits, 4 words ≈ 44 bits; other
 * lists need at least as many words as make 44 bits. `random` is injectable for tests.
 */
export function suggestPassphrase(
  words = DEFAULT_SUGGESTED_WORDS,
  random: RandomIndex = cryptoRandomIndex,
  lang: SuggestionLang = "en",
): string {
  const list = LISTS[lang];
  const fewest = Math.ceil(MIN_SUGGESTION_BITS / Math.log2(list.length));
  if (!Number.isInteger(words) || words < fewest || words > MAX_SUGGESTED_WORDS) {
    throw new RangeError(
      `suggestPassphrase: words must be an integer from ${fewest} to ${MAX_SUGGESTED_WORDS}, got ${words}`,
    );
  }
  const chosen: string[] = [];
  for (let draw = 0; chosen.length < words; draw++) {
    if (draw >= MAX_DRAWS) throw new Error("suggestPassphrase: random source kept repeating itself");
    const index = random(list.length);
    const word = Number.isInteger(index) ? list[index] : undefined;
    if (word === undefined) {
      throw new RangeError(`suggestPassphrase: random index must be an integer from 0 to ${list.length - 1}`);
    }
    if (!chosen.includes(word)) chosen.push(word);
  }
  return chosen.join(" ");
}

/** The page's suggestion: words of its language, as many as keep it as strong as English. */
export function suggestionFor(lang: SuggestionLang, random: RandomIndex = cryptoRandomIndex): string {
  return suggestPassphrase(suggestedWordCount(lang), random, lang);
}

// ---------------------------------------------------------------------------------------------
// Strength estimate

/** The name of each score, in the page's language (src/core/i18n/<lang>/ui/storage.ts). */
const SCORE_LABEL_KEYS: readonly [UiTextKey, UiTextKey, UiTextKey, UiTextKey, UiTextKey] = [
  "storage.strength.tooEasy",
  "storage.strength.weak",
  "storage.strength.fair",
  "storage.strength.good",
  "storage.strength.strong",
];

/** "Too easy to guess", "Weak", "Fair", "Good", "Strong", in the page's language. */
export function scoreLabel(score: PassphraseScore): string {
  return t(SCORE_LABEL_KEYS[score]);
}

/** Lower bound (in bits) of scores 1, 2, 3 and 4. */
const SCORE_THRESHOLDS = [20, 30, ACCEPTABLE_BITS, 50] as const;

/** What to try next, by what the estimate found; the words are in the page's language. */
const ADVICE_KEYS = {
  empty: "storage.advice.empty",
  common: "storage.advice.common",
  commonWords: "storage.advice.commonWords",
  tryRarer: "storage.advice.tryRarer",
  personal: "storage.advice.personal",
  pattern: "storage.advice.pattern",
  shortButStrong: "storage.advice.shortButStrong",
  short: "storage.advice.short",
  weak: "storage.advice.weak",
  fair: "storage.advice.fair",
  good: "storage.advice.good",
  strong: "storage.advice.strong",
} as const satisfies Record<string, UiTextKey>;

type AdviceKind = keyof typeof ADVICE_KEYS;

function adviceText(kinds: readonly AdviceKind[]): string {
  const vars = { button: t("storage.pass.suggestQuoted"), min: MIN_PASSPHRASE_LENGTH };
  return kinds.map((kind) => t(ADVICE_KEYS[kind], vars)).join(" ");
}

/**
 * About 130 of the passwords people choose most often (from general knowledge of published breach
 * statistics, not copied from any one list), plus a few famous phrases. Matched case-insensitively,
 * inside longer input, after undoing look-alike swaps ("p@ssw0rd"), and against the whole input
 * with separators removed ("i love you"). No entry is in WORDS.
 */
export const COMMON_PASSWORDS: readonly string[] = Object.freeze(
  `
123456 123456789 12345678 12345 1234567 1234567890 1234 111111 000000 11111111 123123 654321 666666 121212
112233 123321 987654321 7777777 888888 555555 159753 147258 password password1 password123 pass1234 qwerty
qwerty123 qwertyuiop qwertz azerty asdfgh asdfghjkl zxcvbnm 1q2w3e4r 1qaz2wsx qazwsx abc123 abcd1234 iloveyou
letmein welcome welcome1 admin admin123 login master monkey dragon sunshine princess football baseball superman
batman michael jennifer jordan charlie thomas daniel jessica ashley michelle andrew joshua matthew tigger buster
pepper ginger maggie bailey mustang liverpool arsenal chelsea pokemon starwars whatever freedom secret hello
hello123 trustno1 changeme default guest test123 access computer internet samsung google iphone family forever
lovely loveme mylove babygirl angel jesus cheese chocolate cookie flower summer winter spring autumn january
february march april june july august september october november december monday tuesday wednesday thursday
friday saturday sunday correcthorsebatterystaple troubador maryhadalittlelamb tobeornottobe onceuponatime
thequickbrownfox thequickbrownfoxjumpsoverthelazydog
`
    .trim()
    .split(/\s+/),
);

/** Very common English words that often make up a guessable phrase ("i love my cat"). */
const COMMON_WORDS = `
my is on in of to it at we me be so no go do up an as by or he if us am oh ok the and you that was for are with
his they this have from one had but not what all were when your can said there use each which she how their will
other about out many then them these some her would make like him into time has look two more write see way could
people than first been call who now find long down day did get come made may part over new sound take only little
work know place year live back give most very after thing our just name good man think say great where help
through much before line right too mean old any same tell boy follow want show also around three small set put end
does another well large must big even such because turn here why ask went men read need land home move try kind
hand again off play air away house page mother found still should world high every near food own below last school
father keep tree never start city earth light thought head under story left few while along might close next hard
open life always those both together often until side car walk white black red blue green yellow pink purple
orange sea once book hear stop later idea enough eat far really almost let above girl young talk soon song leave
love loves baby happy friend heart sweet pretty god king queen prince sun moon star best dog cat sat called yes
mine dear four five six seven eight nine ten
`;

const COMMON_WORD_BITS = 6;
const COMMON_PASSWORD_BITS = 8;
const NAME_BITS = 8;
const YEAR_BITS = 7;
/** A day of a year from 1900 to 2039: log2(366 × 140) ≈ 15.6. */
const DATE_BITS = 15;
const PATTERN_BITS = 1;
const SEPARATOR_BITS = 1;
/** Only the first this-many characters are analysed; longer input can only score higher. */
const MAX_ANALYSED = 256;

interface DictEntry {
  readonly bits: number;
  readonly common: boolean;
  /** A first name. */
  readonly personal?: boolean;
}

const WORD_SET: ReadonlySet<string> = new Set(WORDS);
/** Each list, folded as the passphrase is (fold.ts), with what one of its words is worth. */
const LIST_SETS: ReadonlyArray<{ readonly words: ReadonlySet<string>; readonly bits: number }> = Object.values(
  LISTS,
).map((list) => ({ words: new Set(list.map(foldForGuessing)), bits: Math.log2(list.length) }));
const DICTIONARY: ReadonlyMap<string, DictEntry> = (() => {
  const dict = new Map<string, DictEntry>();
  const add = (list: readonly string[], entry: DictEntry) => {
    for (const word of list) {
      const existing = dict.get(word);
      if (existing === undefined || entry.bits < existing.bits) dict.set(word, entry);
    }
  };
  const list = (text: string) => text.trim().split(/\s+/).map(foldForGuessing);
  add(WORDS, { bits: BITS_PER_WORD, common: false });
  // The other languages' list words are dictionary words too, worth what a random one is worth.
  for (const { words, bits } of LIST_SETS.slice(1)) add([...words], { bits, common: false });
  // A name that is also a list word ("grace") stays a list word: suggestions are not names.
  add(
    list(NAMES).filter((name) => !WORD_SET.has(name)),
    { bits: NAME_BITS, common: false, personal: true },
  );
  add(list(COMMON_WORDS), { bits: COMMON_WORD_BITS, common: false });
  add(list(COMMON_WORDS_OTHER_LANGUAGES), { bits: COMMON_WORD_BITS, common: false });
  add(COMMON_PASSWORDS, { bits: COMMON_PASSWORD_BITS, common: true });
  add(list(COMMON_PASSWORDS_OTHER_LANGUAGES), { bits: COMMON_PASSWORD_BITS, common: true });
  return dict;
})();
const MIN_DICT_LENGTH = 2;
const MAX_DICT_LENGTH = Math.max(...[...DICTIONARY.keys()].map((word) => word.length));

const PIECES = /[\s\-_.'’]+|[^\s\-_.'’]+/gu;
const IS_SEPARATOR = /^[\s\-_.'’]+$/u;

const LEET: Readonly<Record<string, string>> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};
const KEYBOARD_ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"] as const;

interface Estimate {
  bits: number;
  /** Used a very common password. */
  common: boolean;
  /** Used a repeat or a run. */
  pattern: boolean;
  /** Used a name, a year or a date. */
  personal: boolean;
}

/** Other alphabets, by their number of letters: a letter is one of that many, not of 100. */
const ALPHABETS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\p{Script=Arabic}/u, 28],
  [/\p{Script=Cyrillic}/u, 33],
  [/\p{Script=Greek}/u, 24],
  [/\p{Script=Hebrew}/u, 22],
  // 35 letters and the vowel signs and nasal marks written with them, each a character here.
  [/\p{Script=Gurmukhi}/u, 50],
  [/\p{Script=Latin}/u, 20], // accented Latin letters (ŵ, ŷ, é…) beyond a–z and A–Z
];

function poolSize(chars: readonly string[]): number {
  const classes = new Map<string, number>();
  for (const c of chars) {
    if (c >= "a" && c <= "z") classes.set("lower", 26);
    else if (c >= "A" && c <= "Z") classes.set("upper", 26);
    else if (c >= "0" && c <= "9") classes.set("digit", 10);
    else if (c.length === 1 && c >= " " && c <= "~") classes.set("symbol", 33);
    else {
      const alphabet = ALPHABETS.find(([script]) => script.test(c));
      classes.set(alphabet ? alphabet[0].source : "other", alphabet ? alphabet[1] : 100);
    }
  }
  let size = 0;
  for (const n of classes.values()) size += n;
  return Math.max(size, 2);
}

/** "+1"/"-1" if b follows a in the alphabet or among the digits, else undefined. */
function alphabetStep(a: string, b: string): string | undefined {
  const sameClass = (/^[a-z]$/.test(a) && /^[a-z]$/.test(b)) || (/^[0-9]$/.test(a) && /^[0-9]$/.test(b));
  if (!sameClass) return undefined;
  const delta = b.charCodeAt(0) - a.charCodeAt(0);
  return delta === 1 || delta === -1 ? String(delta) : undefined;
}

/** "row:+1"/"row:-1" if b is next to a on the same keyboard row, else undefined. */
function keyboardStep(a: string, b: string): string | undefined {
  for (const row of KEYBOARD_ROWS) {
    const i = row.indexOf(a);
    const j = row.indexOf(b);
    if (i >= 0 && j >= 0 && Math.abs(j - i) === 1) return `${row}:${j - i}`;
  }
  return undefined;
}

/** Whether lower[i] repeats the previous character or continues a run of at least three. */
function isPatternChar(lower: readonly string[], i: number): boolean {
  const c = lower[i];
  const b = lower[i - 1];
  const a = lower[i - 2];
  if (c === undefined || b === undefined) return false;
  if (c === b) return true;
  if (a === undefined) return false;
  const alpha = alphabetStep(b, c);
  if (alpha !== undefined && alpha === alphabetStep(a, b)) return true;
  const key = keyboardStep(b, c);
  return key !== undefined && key === keyboardStep(a, b);
}

/** Cost of a dictionary word (lower-cased `plain`, or `swapped` after undoing look-alikes), or undefined. */
function dictionaryCost(plain: string, swapped: string, capitals: boolean): DictEntry | undefined {
  const extra = capitals ? 1 : 0;
  const direct = DICTIONARY.get(plain);
  if (direct !== undefined) return { ...direct, bits: direct.bits + extra };
  const viaSwap = swapped === plain ? undefined : DICTIONARY.get(swapped);
  if (viaSwap !== undefined) return { ...viaSwap, bits: viaSwap.bits + 1 + extra };
  return undefined;
}

function isYear(lower: readonly string[], from: number): boolean {
  const text = lower.slice(from, from + 4).join("");
  if (!/^[0-9]{4}$/.test(text)) return false;
  const year = Number(text);
  return year >= 1900 && year <= 2039;
}

const DAY_MONTH_YEAR = /^([0-9]{1,2})([/.-]?)([0-9]{1,2})\2((?:19|20)[0-9]{2}|[0-9]{2})/;
const YEAR_MONTH_DAY = /^((?:19|20)[0-9]{2})([/.-]?)([0-9]{1,2})\2([0-9]{1,2})/;
const isDayMonth = (a: number, b: number) => a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));

/** How many characters from `from` make a date (01/03/1990, 1-3-90, 19900301), or 0. */
function dateLength(lower: readonly string[], from: number): number {
  const text = lower.slice(from, from + 10).join("");
  const dmy = DAY_MONTH_YEAR.exec(text);
  if (dmy && isDayMonth(Number(dmy[1]), Number(dmy[3]))) return dmy[0].length;
  const ymd = YEAR_MONTH_DAY.exec(text);
  if (ymd && isDayMonth(Number(ymd[3]), Number(ymd[4]))) return ymd[0].length;
  return 0;
}

/**
 * Cheapest way to describe one token (a run of non-separator characters): character by character,
 * as dictionary words and years, or (if it is one chunk repeated) as that chunk plus a count.
 */
function tokenEstimate(chars: readonly string[], bitsPerChar: number): Estimate {
  const n = chars.length;
  const lower = chars.map((c) => c.toLowerCase());
  const unleet = lower.map((c) => LEET[c] ?? c);
  const best: Estimate[] = [{ bits: 0, common: false, pattern: false, personal: false }];
  const offer = (from: Estimate, to: number, bits: number, common: boolean, pattern: boolean, personal = false) => {
    const current = best[to];
    const total = from.bits + bits;
    if (current === undefined || total < current.bits) {
      best[to] = {
        bits: total,
        common: from.common || common,
        pattern: from.pattern || pattern,
        personal: from.personal || personal,
      };
    }
  };
  for (let i = 0; i < n; i++) {
    const here = best[i];
    if (here === undefined) continue;
    const pattern = isPatternChar(lower, i);
    offer(here, i + 1, pattern ? PATTERN_BITS : bitsPerChar, false, pattern);
    if (isYear(lower, i)) offer(here, i + 4, YEAR_BITS, false, false, true);
    const date = dateLength(lower, i);
    if (date > 0) offer(here, i + date, DATE_BITS, false, false, true);
    let plain = "";
    let swapped = "";
    let capitals = false;
    for (let end = i; end < n && end - i < MAX_DICT_LENGTH; end++) {
      plain += lower[end];
      swapped += unleet[end];
      capitals ||= chars[end] !== lower[end];
      if (end + 1 - i < MIN_DICT_LENGTH) continue;
      const found = dictionaryCost(plain, swapped, capitals);
      if (found !== undefined) offer(here, end + 1, found.bits, found.common, false, found.personal);
    }
  }
  let result = best[n] ?? { bits: n * bitsPerChar, common: false, pattern: false, personal: false };

  for (let period = 1; period <= n / 2; period++) {
    if (n % period !== 0) continue;
    if (lower.every((c, k) => c === lower[k % period])) {
      const unit = tokenEstimate(chars.slice(0, period), bitsPerChar);
      const bits = unit.bits + Math.log2(n / period);
      if (bits < result.bits) result = { ...unit, bits, pattern: true };
      break;
    }
  }
  return result;
}

/** Estimate (a): characters, patterns and dictionary words. */
function characterEstimate(text: string): Estimate {
  const chars = Array.from(text).slice(0, MAX_ANALYSED);
  const pieces = chars.join("").match(PIECES) ?? [];
  const tokens = pieces.filter((piece) => !IS_SEPARATOR.test(piece));
  const bitsPerChar = Math.log2(poolSize(Array.from(tokens.join(""))));

  const total: Estimate = { bits: 0, common: false, pattern: false, personal: false };
  let separatorBits = 0;
  const seen = new Set<string>();
  for (const piece of pieces) {
    if (IS_SEPARATOR.test(piece)) {
      if (piece !== " ") separatorBits += SEPARATOR_BITS;
      continue;
    }
    const key = piece.toLowerCase();
    if (seen.has(key)) {
      total.bits += PATTERN_BITS;
      total.pattern = true;
      continue;
    }
    seen.add(key);
    const token = tokenEstimate(Array.from(piece), bitsPerChar);
    total.bits += token.bits;
    total.common ||= token.common;
    total.pattern ||= token.pattern;
    total.personal ||= token.personal;
  }

  // Also read it with the separators taken out, so "I-Love-You-123" is seen as "iloveyou" + "123".
  const joined = tokenEstimate(Array.from(tokens.join("")), bitsPerChar);
  const best = joined.bits < total.bits ? joined : total;
  return { ...best, bits: best.bits + separatorBits };
}

/**
 * Estimate (b): three or more words, all from one list (English, Welsh, Arabic, Polish or
 * Romanian), each distinct word worth log2(list size): 11 bits in English, about 9.6 in Welsh,
 * 9.3 in Arabic, 9.9 in Polish and 9.5 in Romanian.
 */
function wordListBits(text: string): number {
  const words = text
    .toLowerCase()
    .split(/[\s\-_.'’]+/u)
    .filter(Boolean);
  if (words.length < 3) return 0;
  let best = 0;
  for (const list of LIST_SETS) {
    if (words.every((w) => list.words.has(w))) best = Math.max(best, new Set(words).size * list.bits);
  }
  return best;
}

function scoreForBits(bits: number): PassphraseScore {
  const [one, two, three, four] = SCORE_THRESHOLDS;
  if (bits >= four) return 4;
  if (bits >= three) return 3;
  if (bits >= two) return 2;
  if (bits >= one) return 1;
  return 0;
}

/** A simple, explainable strength estimate for a passphrase (see the top of this file). */
export function assessPassphrase(passphrase: string): PassphraseAssessment {
  const text = foldForGuessing(passphrase);
  const length = Array.from(text).length;
  if (length === 0) {
    return { score: 0, label: scoreLabel(0), advice: adviceText(["empty"]), acceptable: false, bits: 0 };
  }
  const estimate = characterEstimate(text);
  const bits = Math.floor(Math.max(estimate.bits, wordListBits(text)));
  const tooShort = length < MIN_PASSPHRASE_LENGTH;
  const byBits = scoreForBits(bits);
  const score: PassphraseScore = tooShort && byBits > 2 ? 2 : byBits;
  const acceptable = score >= 3;

  // Why it is weak, then what to try. Someone who already typed four or more words is not
  // told to use four or more words (the meter and the error said so to a four-word phrase).
  const wordCount = text.split(/[\s\-_.'’]+/u).filter((w) => /\p{L}/u.test(w)).length;
  const step: AdviceKind = wordCount >= 4 ? "tryRarer" : "weak";
  let advice: AdviceKind[];
  if (score === 4) advice = ["strong"];
  else if (score === 3) advice = ["good"];
  else if (estimate.common && bits < ACCEPTABLE_BITS) advice = ["common", step];
  else if (estimate.personal && bits < ACCEPTABLE_BITS) advice = ["personal", step];
  else if (estimate.pattern && bits < ACCEPTABLE_BITS) advice = ["pattern", step];
  else if (tooShort) advice = [bits >= ACCEPTABLE_BITS ? "shortButStrong" : "short"];
  else if (score === 2) advice = ["fair"];
  else advice = wordCount >= 4 ? ["commonWords", step] : [step];

  return { score, label: scoreLabel(score), advice: adviceText(advice), acceptable, bits };
}
