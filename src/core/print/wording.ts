import type { NumberEntry } from "../config/numbers";
import { common } from "../i18n/en/ui/common";
import { editor } from "../i18n/en/ui/editor";
import type { UiTextKey } from "../i18n/keys";
import { t } from "../i18n/runtime";
import { LIMITS } from "../plans/limits";
import type { ChecklistItem, Choice, Field, Section, Template } from "../plans/template";
import { listPrintWords } from "./status-words";

/**
 * What a printout says, in its two modes. Normal prints the plan's own words; discreet prints
 * only neutral words from the templates (`printTitle`, `printLabel`) and the ones below, so
 * paper that is found says nothing about what it is for. Every discreet string is checked
 * against the revealing words of its language (print.test.ts). The words are the page's own,
 * read when the printout renders.
 */
export interface PrintWords {
  forWhom: string;
  reviewedOn: string;
  yes: string;
  no: string;
  people: { name: string; phone: string; role: string };
  /** The last line of a normal printout; a discreet one has none. */
  closing?: string;
  /** The heading of the child's card of numbers. */
  cardTitle: string;
}

type Lookup = (key: UiTextKey) => string;

/** The words of a printout, from a language's words (the page's, read when it prints). */
export function printWordsFrom(text: Lookup, discreet: boolean): PrintWords {
  const plain: PrintWords = {
    forWhom: text("editor.paper.forWhom"),
    reviewedOn: text("editor.paper.reviewedOn"),
    yes: text("common.yes"),
    no: text("common.no"),
    people: { name: text("editor.paper.name"), phone: text("editor.paper.phone"), role: text("editor.paper.notes") },
    cardTitle: text("editor.paper.cardTitlePlain"),
  };
  if (discreet) return plain;
  return {
    ...plain,
    people: { ...plain.people, role: text("editor.paper.howTheyCanHelp") },
    closing: text("editor.paper.closing"),
    cardTitle: text("editor.paper.cardTitle"),
  };
}

/** The printout's words in the page's language: only plain ones when discreet. */
export function printWords(discreet: boolean): PrintWords {
  return printWordsFrom(t, discreet);
}

function english(key: UiTextKey): string {
  const words: Readonly<Record<string, unknown>> = { ...common, ...editor };
  return String(words[key] ?? key);
}

/** The normal printout's words in English, for tests and English-only tools (a page reads its own). */
export const NORMAL_WORDS: PrintWords = /* @__PURE__ */ printWordsFrom(english, false);

export const printTitle = (template: Template, discreet: boolean) =>
  discreet ? template.neutralTitle : template.title;
export const sectionHeading = (section: Section, discreet: boolean) => (discreet ? section.printTitle : section.title);
export const fieldHeading = (field: Field, discreet: boolean) => (discreet ? field.printLabel : field.label);
export const choiceLabel = (choice: Choice, discreet: boolean) =>
  discreet ? (choice.printLabel ?? choice.label) : choice.label;
export const itemLabel = (item: ChecklistItem, discreet: boolean) =>
  discreet ? (item.printLabel ?? item.label) : item.label;

/**
 * A service's number as printed. Normal: its name, number and note. Discreet: the number alone,
 * under the person's own label if they gave one (the service's name would give the paper away).
 * `ownName` says the name is the service's own, kept as it is in every language (translate="no"),
 * and `nameLang` the language it is in, where known.
 */
export function numberLine(
  entry: NumberEntry,
  discreet: boolean,
  labels: Readonly<Record<string, string>>,
): NumberEntry {
  if (!discreet) return { ...entry };
  const label = (labels[entry.phone] ?? "").trim().slice(0, LIMITS.numberLabel);
  return { name: label, ownName: false, phone: entry.phone, note: "" };
}

/**
 * Every string a discreet printout of this template can show, apart from what the person typed:
 * used by the tests to prove that none of it gives the paper away.
 */
export function discreetStrings(template: Template): string[] {
  const words = printWords(true);
  const list = listPrintWords(t, true);
  const out = [
    printTitle(template, true),
    words.forWhom,
    words.reviewedOn,
    words.yes,
    words.no,
    words.cardTitle,
    t("editor.paper.someoneITrust"),
    t("editor.paper.documentTitle"),
    ...Object.values(words.people),
    list.item,
    list.status,
    list.note,
    ...Object.values(list.statuses),
  ];
  for (const section of template.sections) {
    out.push(sectionHeading(section, true));
    for (const field of section.fields) {
      out.push(fieldHeading(field, true));
      for (const choice of field.choices ?? []) out.push(choiceLabel(choice, true));
      for (const item of field.items ?? []) out.push(itemLabel(item, true));
    }
  }
  return out;
}
