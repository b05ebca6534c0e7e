import type { common as en } from "../../en/ui/common";
import type { Translation } from "../../types";

export const common: Translation<typeof en> = {
  "common.ok": "Iawn",
  "common.cancel": "Canslo",
  "common.yes": "Ie",
  "common.no": "Na",
  "common.exitThisPage": "Gadael y dudalen hon",
  "common.opening": "Yn agor…",
  "common.couldNotLoad":
    "Doedd dim modd llwytho'r rhan hon. Gwiriwch eich cysylltiad a rhowch gynnig arall arni: does dim byd a ysgrifennoch chi wedi'i golli.",
  "common.listSeparator": ", ",
  "common.listAnd": "{first} a {last}",
};
