import type { card as en } from "../../en/ui/card";
import type { Translation } from "../../types";

export const card: Translation<typeof en> = {
  "editor.print.cardText":
    "Cerdyn bach gyda'r rhifau ffôn o'r cynllun hwn, i'w gadw yn rhywle diogel. Dim ond enwau a rhifau sydd arno.",
  "editor.print.cardButton": "Argraffu fy rhifau ffôn",
};
