import type { common as en } from "../../en/ui/common";
import type { Translation } from "../../types";

/** The Panjabi words: drafted from the English, not yet reviewed by a fluent speaker. TRANSLATE: every entry below is still English. */
export const common: Translation<typeof en> = {
  "common.ok": "OK",
  "common.cancel": "Cancel",
  "common.yes": "Yes",
  "common.no": "No",
  "common.exitThisPage": "Exit this page",
  "common.opening": "Opening…",
  "common.couldNotLoad": "This part could not load. Check your connection and try again: nothing you wrote is lost.",
  /** Between the items of a list: "a, b, c". */
  "common.listSeparator": ", ",
  /** The last two items of a list: "a, b and c". */
  "common.listAnd": "{first} and {last}",
};
