import type { UiTextKey } from "../i18n/keys";
import type { ChecklistStatus } from "../plans/constants";

/**
 * A checklist status's words, on screen and on paper. Apart from wording.ts, so that the editor
 * can name a status without loading the printout's code with the page.
 */
export const STATUS_KEYS: Record<ChecklistStatus, UiTextKey> = {
  packed: "editor.status.packed",
  "with-someone": "editor.status.withSomeone",
  "need-to-get": "editor.status.needToGet",
  "not-needed": "editor.status.notNeeded",
};

/**
 * The same on a discreet printout: "Packed" and "Left with someone" beside "Passports" read as
 * getting ready to go. These read as any list's words; the person's own notes say the rest.
 */
export const DISCREET_STATUS_KEYS: Record<ChecklistStatus, UiTextKey> = {
  packed: "editor.status.plainPacked",
  "with-someone": "editor.status.plainWithSomeone",
  "need-to-get": "editor.status.needToGet",
  "not-needed": "editor.status.notNeeded",
};

/** A list's column headings and status words on paper. */
export interface ListPrintWords {
  item: string;
  status: string;
  note: string;
  statuses: Record<ChecklistStatus, string>;
}

/**
 * A list's words on paper, read only when a list prints: they come with the list, not with
 * every plan page (ui-parts.ts, "list"). Discreet paper gets the plain ones.
 */
export function listPrintWords(text: (key: UiTextKey) => string, discreet: boolean): ListPrintWords {
  const keys = discreet ? DISCREET_STATUS_KEYS : STATUS_KEYS;
  const statuses = Object.fromEntries(Object.entries(keys).map(([s, key]) => [s, text(key)]));
  return {
    item: text("editor.checklist.paperItem"),
    status: text("editor.checklist.paperStatus"),
    note: text(discreet ? "editor.paper.notes" : "editor.checklist.paperWhere"),
    statuses: statuses as Record<ChecklistStatus, string>,
  };
}
