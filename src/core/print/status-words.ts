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
  packed: "editor.paper.ready",
  "with-someone": "editor.paper.elsewhere",
  "need-to-get": "editor.status.needToGet",
  "not-needed": "editor.status.notNeeded",
};
