import type { card as en } from "../../en/ui/card";
import type { Translation } from "../../types";

export const card: Translation<typeof en> = {
  "editor.print.cardText":
    "Un card mic cu numerele de telefon din acest plan, de păstrat într-un loc sigur. Arată doar nume și numere.",
  "editor.print.cardButton": "Tipărește numerele mele de telefon",
};
