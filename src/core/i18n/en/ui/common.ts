/** Words shared by several parts of the interface, in English (the source). Keys start "common.". */
export const common = {
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
} as const;
