import type { NumberEntry } from "../config/numbers";
import { STATUS_LABELS } from "../plans/answers";
import type { ChecklistStatus } from "../plans/constants";
import type { ChecklistItem, Field, Section, Template } from "../plans/template";

/**
 * What a printout says, in its two modes. Normal prints the plan's own words; discreet prints
 * only neutral words from the templates (`printTitle`, `printLabel`) and the ones below, so
 * paper that is found says nothing about what it is for. Every discreet string is checked
 * against REVEALING_WORDS (wording.test.ts).
 */
export interface PrintWords {
  forWhom: string;
  reviewedOn: string;
  yes: string;
  no: string;
  people: { name: string; phone: string; role: string };
  checklist: { item: string; status: string; note: string };
  status: Record<ChecklistStatus, string>;
  /** The last line of a normal printout; a discreet one has none. */
  closing?: string;
  /** The heading of the child's card of numbers. */
  cardTitle: string;
}

const PLAIN: PrintWords = {
  forWhom: "For:",
  reviewedOn: "Reviewed on:",
  yes: "Yes",
  no: "No",
  people: { name: "Name", phone: "Phone", role: "Notes" },
  checklist: { item: "Item", status: "Status", note: "Notes" },
  status: STATUS_LABELS,
  cardTitle: "My numbers",
};

export const NORMAL_WORDS: PrintWords = {
  ...PLAIN,
  people: { ...PLAIN.people, role: "How they can help" },
  checklist: { ...PLAIN.checklist, note: "Where, or with whom" },
  closing: "A plan can lower the risk, but it cannot guarantee safety. If you are in danger, phone 999.",
  cardTitle: "My phone numbers",
};

export const DISCREET_WORDS: PrintWords = PLAIN;

export function printWords(discreet: boolean): PrintWords {
  return discreet ? DISCREET_WORDS : NORMAL_WORDS;
}

export const printTitle = (template: Template, discreet: boolean) =>
  discreet ? template.neutralTitle : template.title;
export const sectionHeading = (section: Section, discreet: boolean) => (discreet ? section.printTitle : section.title);
export const fieldHeading = (field: Field, discreet: boolean) => (discreet ? field.printLabel : field.label);
export const itemLabel = (item: ChecklistItem, discreet: boolean) =>
  discreet ? (item.printLabel ?? item.label) : item.label;

/** Longest label a person may give a number on a discreet printout. */
export const NUMBER_LABEL_MAX = 40;

/**
 * A service's number as printed. Normal: its name, number and note. Discreet: the number alone,
 * under the person's own label if they gave one (the service's name would give the paper away).
 */
export function numberLine(
  entry: NumberEntry,
  discreet: boolean,
  labels: Readonly<Record<string, string>>,
): { name: string; phone: string; note: string } {
  if (!discreet) return { name: entry.name, phone: entry.phone, note: entry.note };
  return { name: (labels[entry.phone] ?? "").trim().slice(0, NUMBER_LABEL_MAX), phone: entry.phone, note: "" };
}

/**
 * Every string a discreet printout of this template can show, apart from what the person typed:
 * used by the tests to prove that none of it gives the paper away.
 */
export function discreetStrings(template: Template): string[] {
  const words = printWords(true);
  const out = [
    printTitle(template, true),
    words.forWhom,
    words.reviewedOn,
    words.yes,
    words.no,
    words.cardTitle,
    ...Object.values(words.people),
    ...Object.values(words.checklist),
    ...Object.values(words.status),
  ];
  for (const section of template.sections) {
    out.push(sectionHeading(section, true));
    for (const field of section.fields) {
      out.push(fieldHeading(field, true));
      for (const choice of field.choices ?? []) out.push(choice.label);
      for (const item of field.items ?? []) out.push(itemLabel(item, true));
    }
  }
  return out;
}
