import type { ChecklistStatus } from "./constants";
import type { Answer, ChecklistAnswer, Person, Place } from "./schema";
import type { ChecklistItem, Field, Section, Template } from "./template";

/** Every field of a template, in order, with its section. */
export function allFields(template: Template): Array<{ section: Section; field: Field }> {
  return template.sections.flatMap((section) => section.fields.map((field) => ({ section, field })));
}

/** Whether a field has an answer worth showing or counting. */
export function isAnswered(field: Field, value: Answer | undefined): boolean {
  if (value === undefined) return false;
  switch (field.type) {
    case "agree":
      return value === true;
    case "people":
      return Array.isArray(value) && (value as Person[]).some((p) => p.name.trim() || p.phone.trim() || p.role.trim());
    case "places":
      return Array.isArray(value) && (value as Place[]).some((p) => p.name.trim() || p.note.trim());
    case "choices":
      return Array.isArray(value) && value.length > 0;
    case "checklist":
      return (
        typeof value === "object" &&
        !Array.isArray(value) &&
        checklistCounts(field, value as ChecklistAnswer).decided > 0
      );
    case "drawing":
      return typeof value === "object" && value !== null && "png" in value;
    case "situation":
      return (
        typeof value === "object" &&
        value !== null &&
        "picked" in value &&
        (value.picked.length > 0 || value.declined.length > 0)
      );
    case "priorities":
      return (
        typeof value === "object" &&
        value !== null &&
        "order" in value &&
        (value.order.length > 0 || value.own.trim() !== "")
      );
    case "strategies":
      return (
        typeof value === "object" &&
        value !== null &&
        "kept" in value &&
        (value.kept.length > 0 || value.own.length > 0)
      );
    default:
      return typeof value === "string" && value.trim() !== "";
  }
}

export interface Progress {
  answered: number;
  total: number;
}

export function sectionProgress(section: Section, answers: Readonly<Record<string, Answer>>): Progress {
  let answered = 0;
  for (const field of section.fields) if (isAnswered(field, answers[field.id])) answered += 1;
  return { answered, total: section.fields.length };
}

export const EMPTY_CHECKLIST: ChecklistAnswer = { items: {}, custom: [], removed: [] };

export interface ChecklistRow {
  id: string;
  label: string;
  hint?: string;
  custom: boolean;
  status?: ChecklistStatus;
  note?: string;
}

/** The items a person sees: the template's, less the ones they removed, then their own. */
export function checklistRows(field: Field, answer: ChecklistAnswer | undefined): ChecklistRow[] {
  const a = answer ?? EMPTY_CHECKLIST;
  const rows: ChecklistRow[] = [];
  for (const item of field.items ?? []) {
    if (a.removed.includes(item.id)) continue;
    rows.push(rowFor(item, a));
  }
  for (const c of a.custom) {
    rows.push({ id: c.id, label: c.label, custom: true, ...defined({ status: c.status, note: c.note }) });
  }
  return rows;
}

export function removedItems(field: Field, answer: ChecklistAnswer | undefined): ChecklistItem[] {
  const removed = answer?.removed ?? [];
  return (field.items ?? []).filter((i) => removed.includes(i.id));
}

function rowFor(item: ChecklistItem, a: ChecklistAnswer): ChecklistRow {
  const entry = a.items[item.id];
  return {
    id: item.id,
    label: item.label,
    custom: false,
    ...defined({ hint: item.hint, status: entry?.status, note: entry?.note }),
  };
}

export interface ChecklistCounts {
  total: number;
  decided: number;
  packed: number;
  "with-someone": number;
  "need-to-get": number;
  "not-needed": number;
}

export function checklistCounts(field: Field, answer: ChecklistAnswer | undefined): ChecklistCounts {
  const counts: ChecklistCounts = {
    total: 0,
    decided: 0,
    packed: 0,
    "with-someone": 0,
    "need-to-get": 0,
    "not-needed": 0,
  };
  for (const row of checklistRows(field, answer)) {
    counts.total += 1;
    if (row.status) {
      counts.decided += 1;
      counts[row.status] += 1;
    }
  }
  return counts;
}

/** Drops undefined values, for exactOptionalPropertyTypes. */
function defined<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as { [K in keyof T]?: Exclude<T[K], undefined> };
}
