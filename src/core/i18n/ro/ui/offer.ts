import type { offer as en } from "../../en/ui/offer";
import type { Translation } from "../../types";

export const offer: Translation<typeof en> = {
  "editor.tailor.label": "Unelte pentru acest plan",
  "editor.tailor.title": "Potrivește planul pentru tine",
  "editor.tailor.text":
    "Răspunde la câteva întrebări, dacă vrei. Apoi planul îți propune idei potrivite situației tale, fiecare cu motivul ei.",
  "editor.tailor.start": "Începe",
  "editor.tailor.notNow": "Nu acum",
  "editor.tailor.deviceFirst":
    "Înainte să scrii ceva, poți verifica dacă e sigur să folosești acest telefon sau calculator.",
  "editor.tailor.device": "Este sigur acest dispozitiv?",
  "editor.tailor.goNow": "Dacă trebuie să plec acum",
  "editor.tailor.signs": "Semne de pericol",
};
