import { SENTENCE_ENDS } from "../i18n/punctuation";
import { t, tList } from "../i18n/runtime";
import { isAnswered } from "./answers";
import type { Answer, Person, Place } from "./schema";
import type { Field, Section } from "./template";

/**
 * Sentences built from a plan's words and a person's answers, for Read aloud. Each answer is
 * introduced by its field's short form ("My safe place: under my bed."), so it reads as a
 * sentence whatever shape the answer has. A label that is not a whole sentence ("My name is")
 * is never read without its answer.
 *
 * In the page's language: what differs between languages (the word for "and", the comma between
 * names, the months, yes and no) is in the catalogue ("child.readAloud."); the punctuation that
 * ends a sentence or hangs at its end is each language's own (Arabic: "؟" ends a question, "،" is
 * its comma, "؛" its semicolon; Urdu: "۔" is its full stop; Panjabi: the danda "।" ends a sentence).
 */

/** What ends a sentence, then any closing quotation marks or brackets. */
const END = new RegExp(`[${SENTENCE_ENDS}]["'”’»)]*$`);
/** Punctuation that may hang at the end of a piece: a comma, a semicolon or a colon. */
const HANGING = /[\s,;:،؛]+$/;
/** A name that starts with a vowel: Welsh says "ac" before it, not "a". */
const VOWEL = /^[aeiouâêîôûáéíóúàèìòù]/i;

/** Whether a label is a whole sentence of its own ("I will get out of the way.", "How do you feel?", "كيف تشعر؟"). */
export function isSentence(text: string): boolean {
  return END.test(text.trim());
}

/** One space between words, and no full stop or comma left hanging at the end. */
function tidy(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(HANGING, "");
}

/** Joins pieces into sentences: blank pieces dropped, a full stop added where one is missing. */
export function joinSentences(parts: ReadonlyArray<string | undefined>): string {
  return parts
    .map((p) => tidy(p ?? ""))
    .filter((p) => p !== "")
    .map((p) => (isSentence(p) ? p : `${p}.`))
    .join(" ");
}

/** "Mum", "Mum and Nan", "Mum, Nan and Mr Ali"; in Arabic "Mum وNan" with "،" between. */
export function listOf(items: readonly string[]): string {
  const clean = items.map(tidy).filter(Boolean);
  if (clean.length <= 1) return clean[0] ?? "";
  const first = clean.slice(0, -1).join(t("child.readAloud.listComma"));
  const last = clean[clean.length - 1] ?? "";
  return VOWEL.test(last)
    ? t("child.readAloud.listAndVowel", { first, last })
    : t("child.readAloud.listAnd", { first, last });
}

/** 2027-02-03 → "3 February 2027", as a voice should say it, in the page's language. */
export function spokenDay(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? tList("child.readAloud.months")[Number(m[2]) - 1] : undefined;
  // Day, month, year: the order of every language the site is written in.
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : iso;
}

/** The words that introduce a field's answer: its short form, or its label. */
export function sentenceForm(field: Field): string {
  return tidy(field.sentence ?? field.label);
}

/** "My safe place: under my bed." Returns undefined when there is nothing to say. */
function introduce(field: Field, answer: string): string | undefined {
  const words = tidy(answer).replace(/[.]+$/, "");
  if (!words) return undefined;
  return joinSentences([`${sentenceForm(field)}: ${words}`]);
}

/** A field's answer as a sentence to read aloud, or undefined when it has none worth saying. */
export function answerSentence(field: Field, answer: Answer | undefined): string | undefined {
  if (!isAnswered(field, answer)) return undefined;
  switch (field.type) {
    case "shortText":
    case "longText":
      return introduce(field, answer as string);
    case "date":
    case "reviewDate":
      return introduce(field, spokenDay(answer as string));
    case "yesNo":
      return introduce(field, answer === "yes" ? t("child.readAloud.yes") : t("child.readAloud.no"));
    case "agree":
      return field.agreeText ? joinSentences([field.agreeText]) : undefined;
    case "people":
      return introduce(field, listOf((answer as Person[]).map((p) => p.name)));
    case "places":
      return introduce(field, listOf((answer as Place[]).map((p) => p.name)));
    case "choices": {
      const chosen = (field.choices ?? []).filter((c) => (answer as string[]).includes(c.id));
      return joinSentences(chosen.map((c) => c.label));
    }
    default:
      return undefined;
  }
}

/**
 * What Read aloud says for a section or a child's step: its title, help and questions; each
 * field's label when it is a whole sentence; the answer, introduced by its short form; and the
 * hint. `answers` follow the section's fields, in order.
 */
export function sectionSpeech(section: Section, answers: readonly (Answer | undefined)[]): string {
  const parts: Array<string | undefined> = [section.title, ...section.help, ...section.questions];
  section.fields.forEach((field, i) => {
    if (isSentence(field.label)) parts.push(field.label);
    parts.push(answerSentence(field, answers[i]), field.hint);
  });
  return joinSentences(parts);
}
