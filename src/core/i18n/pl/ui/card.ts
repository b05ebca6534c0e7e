import type { card as en } from "../../en/ui/card";
import type { Translation } from "../../types";

export const card: Translation<typeof en> = {
  "editor.print.cardText":
    "Mała karteczka z numerami telefonów z tego planu, do trzymania w bezpiecznym miejscu. Są na niej tylko nazwy i numery.",
  "editor.print.cardButton": "Wydrukuj moje numery telefonów",
};
