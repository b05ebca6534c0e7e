import { REGISTRY, type Registry } from "../i18n/catalogue";
import { LANGUAGES, type Lang } from "../i18n/languages";
import { SENTENCE_ENDS } from "../i18n/punctuation";
import type { Template } from "./template";

/**
 * Reading-level checks for template text.
 *
 * Flesch–Kincaid grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
 * It is a blunt instrument (it knows nothing about how common a word is), but it reliably
 * punishes long sentences and long words, which is what we most need to keep out of the
 * children's screens. Pure functions only: no dictionaries, no I/O.
 */

/** Words the vowel-group heuristic gets wrong and that are likely to appear in our text. */
const EXCEPTIONS: Readonly<Record<string, number>> = {
  ok: 2,
  anyone: 3,
  anybody: 4,
  area: 3,
  idea: 3,
  ideas: 3,
  quiet: 2,
  create: 2,
  poem: 2,
  science: 2,
  being: 2,
};

/**
 * Common first halves of compound words whose silent "e" the heuristic would otherwise count
 * ("someone", "sometimes", "homework", "careful"). Only used when a real word follows.
 */
const COMPOUND_HEADS = ["some", "home", "where", "there", "safe", "care", "life", "time", "side", "fire", "house"];

/** Digits are read one by one, as people read phone numbers: "nine nine nine". */
const DIGIT_SYLLABLES: Readonly<Record<string, number>> = {
  "0": 1, // "oh"
  "1": 1,
  "2": 1,
  "3": 1,
  "4": 1,
  "5": 1,
  "6": 1,
  "7": 2, // "se-ven"
  "8": 1,
  "9": 1,
};

/** Estimated syllables in one English word (letters, optionally with apostrophes). */
export function countSyllables(rawWord: string): number {
  const digit = DIGIT_SYLLABLES[rawWord];
  if (digit !== undefined) return digit;

  let word = rawWord
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/[^a-z]/g, "");
  if (word.length === 0) return 0;
  const known = EXCEPTIONS[word];
  if (known !== undefined) return known;
  if (word.length <= 3) return 1;

  for (const head of COMPOUND_HEADS) {
    const rest = word.slice(head.length);
    if (word.startsWith(head) && rest.length >= 3 && /[aeiouy]/.test(rest)) {
      return 1 + countSyllables(rest);
    }
  }

  let adjust = 0;
  // A silent "e" before a common suffix: "safely", "safety", "careful", "lonely".
  if (/[aeiou][^aeiouy]e(ly|ty|ful|ment|ness|less)$/.test(word)) adjust -= 1;
  // A vowel before "-ing" is a syllable of its own: "going", "playing", "seeing".
  if (/[aeiouy]ing$/.test(word)) adjust += 1;

  // Endings that add no syllable: "-es" (except after a hissing sound), "-ed" (except after t/d),
  // and a final silent "e" (but not consonant + "le"/"re", as in "little", "centre", nor "-ee").
  if (/[^aeiouy]es$/.test(word) && !/(s|x|z|ch|sh|c|g)es$/.test(word)) {
    word = word.slice(0, -2);
  } else if (/ies$/.test(word)) {
    word = word.slice(0, -2);
  } else if (/[^aeiouy]ed$/.test(word) && !/[td]ed$/.test(word)) {
    word = word.slice(0, -2);
  } else if (/ied$/.test(word)) {
    word = word.slice(0, -2);
  } else if (/e$/.test(word) && !/[^aeiouy](le|re)$/.test(word) && !/ee$/.test(word)) {
    word = word.slice(0, -1);
  }

  // "y" at the start of a word is a consonant ("you", "yes").
  word = word.replace(/^y/, "");
  // "u" after "q" is part of the consonant ("quick", "question").
  word = word.replace(/qu/g, "q");

  const groups = word.match(/[aeiouy]+/g)?.length ?? 0;

  // Two vowels that are said separately: "violence", "radio", "usually", "serious", "media".
  const hiatus = word.match(/(?<![tcsx])io|(?<!g)ua|(?<![tcsx])ia/g)?.length ?? 0;

  return Math.max(1, groups + hiatus + adjust);
}

/** The words of a text. Hyphenated words count as separate words; each digit is a word. */
export function wordsOf(text: string): string[] {
  return text.match(/[A-Za-z]+(?:['’][A-Za-z]+)*|\d/g) ?? [];
}

/** Sentences: runs of text ending in . ! ? … or a line break. A text with words is at least one. */
export function sentenceCount(text: string): number {
  const parts = text.split(/[.!?…]+|\n+/).filter((part) => wordsOf(part).length > 0);
  return parts.length;
}

/**
 * Flesch–Kincaid grade level of a text (roughly the UK school year minus one).
 * Returns 0 for a text with no words.
 */
export function fleschKincaidGrade(text: string): number {
  const words = wordsOf(text);
  if (words.length === 0) return 0;
  const sentences = Math.max(1, sentenceCount(text));
  const syllables = words.reduce((sum, word) => sum + countSyllables(word), 0);
  return 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
}

/**
 * Every string a person filling in the plan can see: titles, intro, section help and questions,
 * field labels, hints, tick-box text, choice and checklist labels. Not `askQuestions`, which are
 * for the adult or worker running the session.
 */
export function childFacingStrings(template: Template): string[] {
  const out: string[] = [template.title, template.neutralTitle, ...template.intro];
  for (const section of template.sections) {
    out.push(section.title, ...section.help, ...section.questions);
    for (const field of section.fields) {
      out.push(field.label);
      // Read aloud with the child's answer: "My safe place: under my bed."
      if (field.sentence !== undefined) out.push(field.sentence);
      if (field.hint !== undefined) out.push(field.hint);
      if (field.agreeText !== undefined) out.push(field.agreeText);
      for (const choice of field.choices ?? []) out.push(choice.label);
      for (const item of field.items ?? []) {
        out.push(item.label);
        if (item.hint !== undefined) out.push(item.hint);
      }
    }
  }
  return out;
}

/**
 * Reading limits for one language and one audience. Flesch–Kincaid is for English only, so every
 * language (English too) is also held to plain limits that need no dictionary: how many words a
 * sentence has, how long the longest word is, and how long the words of a string are on average.
 */
export interface ReadingLimits {
  /** Most words in one sentence. */
  sentenceWords: number;
  /** Most letters in one word (marks such as Arabic vowel signs are not letters). */
  wordLetters: number;
  /** Most letters per word on average, in a string of six words or more (shorter ones are held by the longest word). */
  meanWordLetters: number;
}

export const READERS = ["child", "young-person", "adult"] as const;
export type Reader = (typeof READERS)[number];

/**
 * The limits, per language, from each language's rules (src/core/i18n/<code>/rules.ts): set from
 * the English text that passes grade 4 (children, 7 to 9), the young person's plain English and,
 * for adults, English plain-language practice (GOV.UK: sentences of 25 words or fewer), then for
 * each language's own words. Rewrite the text if it fails; don't raise the limits.
 */
export function readingLimits(lang: Lang, registry: Registry = REGISTRY): Record<Reader, ReadingLimits> {
  const limits = registry[lang]?.rules.readingLimits;
  if (!limits) throw new Error(`${lang} has no reading limits: give them in src/core/i18n/${lang}/rules.ts`);
  return limits;
}

export const READING_LIMITS: Record<Lang, Record<Reader, ReadingLimits>> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, readingLimits(lang)]),
) as Record<Lang, Record<Reader, ReadingLimits>>;

/**
 * Names an adult needs to recognise to ask for them, so the adult's words may use them as they
 * are: services and organisations, and the legal terms and roles a person must be able to say
 * (the order a solicitor asks for, the words on a visa, the school's role to ask for). Each is
 * scored as one short word; everything around it is held to the limits. Kept short on purpose:
 * a hard word that is not a name is rewritten, not added here. Welsh and Arabic keep the English
 * name in brackets where a person may need to say it in English, so it is found there too.
 */
export const NAMED_TERMS: readonly string[] = [
  "Citizens Advice",
  "Home Office",
  "Karma Nirvana",
  "Galop",
  "MARAC",
  "independent domestic violence adviser",
  "domestic abuse concession",
  "no recourse to public funds",
  "non-molestation order",
  "occupation order",
  "regulated immigration adviser",
  "designated safeguarding lead",
  "safeguarding",
];

/** The text with each named term (NAMED_TERMS, any case) put as one short word, for scoring. */
export function withoutNamedTerms(text: string, terms: readonly string[] = NAMED_TERMS): string {
  const longestFirst = [...terms].sort((a, b) => b.length - a.length);
  return longestFirst.reduce((out, term) => {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return out.replace(new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, "giu"), "Name");
  }, text);
}

/** The words of a text in any language: letters and marks, with apostrophes inside ("i'r"); a number is one word. */
export function wordsIn(text: string): string[] {
  return text.match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\d+/gu) ?? [];
}

/** Letters in a word: not apostrophes, nor Arabic vowel signs and other marks. */
export const lettersIn = (word: string): number => word.match(/\p{L}/gu)?.length ?? 0;

const SENTENCE_SPLIT = new RegExp(`[${SENTENCE_ENDS}]+|\\n+`);
/** Sentences in any language: ended by any mark of SENTENCE_ENDS (punctuation.ts), or a line break. */
export function sentencesIn(text: string): string[] {
  return text.split(SENTENCE_SPLIT).filter((part) => wordsIn(part).length > 0);
}

/** What is too long in a text for these limits, one line per problem; none when it reads easily. */
export function readingProblems(text: string, limits: ReadingLimits): string[] {
  const out: string[] = [];
  for (const sentence of sentencesIn(text)) {
    const n = wordsIn(sentence).length;
    if (n > limits.sentenceWords) out.push(`${n} words in a sentence: "${sentence.trim()}"`);
  }
  const words = wordsIn(text).filter((w) => !/^\d+$/.test(w));
  for (const word of words) {
    if (lettersIn(word) > limits.wordLetters) out.push(`${lettersIn(word)} letters in "${word}"`);
  }
  if (words.length >= 6) {
    const mean = words.reduce((sum, w) => sum + lettersIn(w), 0) / words.length;
    if (mean > limits.meanWordLetters) out.push(`${mean.toFixed(1)} letters a word on average`);
  }
  return out.map((problem) => `${problem}, in "${text}"`);
}
