import type { common as en } from "../../en/ui/common";
import type { Translation } from "../../types";

/** Words shared by several parts of the interface, in Romanian. Adults are "tu"; drafted carefully, not yet reviewed by a fluent speaker. */
export const common: Translation<typeof en> = {
  "common.ok": "OK",
  "common.cancel": "Anulează",
  "common.yes": "Da",
  "common.no": "Nu",
  "common.exitThisPage": "Ieși de pe această pagină",
  "common.opening": "Se deschide…",
  "common.couldNotLoad":
    "Partea aceasta nu s-a putut încărca. Verifică conexiunea și încearcă din nou: nu s-a pierdut nimic din ce ai scris.",
  /** Between the items of a list: "a, b, c". */
  "common.listSeparator": ", ",
  /** The last two items of a list: "a, b și c". */
  "common.listAnd": "{first} și {last}",
};
