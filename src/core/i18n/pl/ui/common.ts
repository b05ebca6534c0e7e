import type { common as en } from "../../en/ui/common";
import type { Translation } from "../../types";

/** Słowa wspólne dla kilku części strony, po polsku: do dorosłych na „ty”, ciepło i bez form rodzajowych. Drafted from the English, not yet reviewed by a fluent speaker. */
export const common: Translation<typeof en> = {
  "common.ok": "OK",
  "common.cancel": "Anuluj",
  "common.yes": "Tak",
  "common.no": "Nie",
  "common.exitThisPage": "Wyjdź z tej strony",
  "common.opening": "Otwieranie…",
  "common.couldNotLoad":
    "Nie udało się wczytać tej części. Sprawdź połączenie i spróbuj jeszcze raz: nic z tego, co już jest wpisane, nie zginęło.",
  /** Between the items of a list: "a, b, c". */
  "common.listSeparator": ", ",
  /** The last two items of a list: "a, b and c". */
  "common.listAnd": "{first} i {last}",
};
