import { catalogueWith } from "../../src/core/i18n/catalogue";
import type { Entry } from "../../src/core/i18n/entry";
import { type Lang, SOURCE_LANG } from "../../src/core/i18n/languages";
import { flatten } from "../../src/core/i18n/parts";
import { richText } from "../../src/core/i18n/rich";

/**
 * English left behind on a page in another language, found against the English catalogue (with
 * the organisation's own wording). Shared by the checks of the built pages (tests/built/) and the
 * browser's journeys (tests/e2e/languages.spec.ts), so both find the same words.
 */

type Messages = Parameters<typeof catalogueWith>[1];

/** An entry's texts: a sentence, each item of a list, each form of a plural. */
const textsOf = (entry: Entry) =>
  (typeof entry === "string" ? [entry] : Array.isArray(entry) ? entry : Object.values(entry)) as string[];

/** A piece of text as compared: one space between words, no quotes or punctuation at its ends, lower case. */
const clean = (text: string) =>
  text
    .replace(/\s+/g, " ")
    .replace(/^[\s"“‘'(–—:;,.-]+|[\s"”’'):;,.!?–—-]+$/g, "")
    .toLowerCase();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The text as a whole phrase: not inside a longer word. */
const phrasePattern = (phrase: string) =>
  new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(phrase)}(?=$|[^\\p{L}\\p{N}])`, "u");

export function englishChecker(messages: Messages) {
  const words = new Map<Lang, Record<string, Entry>>();
  const all = (lang: Lang) => {
    let found = words.get(lang);
    if (!found) {
      found = flatten(catalogueWith(lang, messages));
      words.set(lang, found);
    }
    return found;
  };

  /** A sentence of the catalogue in a language, as a person sees it (no markup). */
  function word(lang: Lang, key: string): string {
    const entry = all(lang)[key];
    if (typeof entry !== "string") throw new Error(`The ${lang} catalogue has no sentence "${key}".`);
    return richText(entry);
  }

  /** The English catalogue's texts, with the organisation's wording, without markup. */
  const englishTexts = Object.values(all(SOURCE_LANG))
    .flatMap(textsOf)
    .map((text) => richText(text));

  /** Every English sentence of four words or more in the catalogue, lower case, without markup. */
  const englishSentences = [
    ...new Set(
      englishTexts
        .flatMap((text) => text.split(/\{[a-zA-Z]+\}/))
        .flatMap((piece) => piece.split(/(?<=[.!?])\s+/))
        .map(clean)
        .filter((sentence) => sentence.split(" ").length >= 4),
    ),
  ];

  const phrasesFor = new Map<Lang, Array<{ phrase: string; pattern: RegExp }>>();
  /**
   * Every English phrase of two words or more in the catalogue: each piece of an entry between
   * its placeholders, punctuation, brackets and quotes, lower case, without markup. Short ones
   * count too ("adult's plan", "keep both"): a name of a kind of plan or a button left in English
   * is as foreign to a reader as a sentence. Leaves out the phrases that the language's own
   * catalogue also has (a service's name it keeps, a browser's menu quoted as it is).
   */
  function englishPhrases(lang: Lang): Array<{ phrase: string; pattern: RegExp }> {
    const cached = phrasesFor.get(lang);
    if (cached) return cached;
    const own = Object.values(all(lang))
      .flatMap(textsOf)
      .map((text) => clean(richText(text)))
      .join("\n");
    const out = new Set<string>();
    for (const text of englishTexts)
      for (const piece of text.split(/\{[a-zA-Z]+\}|[()“”"«»]|(?<=[.!?:;,])\s+/)) {
        const phrase = clean(piece);
        if (phrase.split(" ").length >= 2 && !(own.includes(phrase) && phrasePattern(phrase).test(own)))
          out.add(phrase);
      }
    // Each phrase's pattern made once: a page is read against every one of them.
    const list = [...out].map((phrase) => ({ phrase, pattern: phrasePattern(phrase) }));
    phrasesFor.set(lang, list);
    return list;
  }

  /** The English sentences and phrases found in a page's readable text (lower case, one space between words). */
  function englishIn(text: string, lang: Lang): string[] {
    const sentences = englishSentences.filter((s) => text.includes(s));
    const phrases = englishPhrases(lang)
      // The plain search first: far quicker, and the pattern only ever matches where it finds the phrase.
      .filter(({ phrase, pattern }) => text.includes(phrase) && pattern.test(text))
      .map(({ phrase }) => phrase);
    return [...new Set([...sentences, ...phrases])];
  }

  return { word, englishIn };
}
