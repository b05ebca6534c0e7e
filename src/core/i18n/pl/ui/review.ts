import type { review as en } from "../../en/ui/review";
import type { Translation } from "../../types";

export const review: Translation<typeof en> = {
  "editor.review.title": "Czas jeszcze raz przejrzeć ten plan",
  "editor.review.text":
    "Przegląd tego planu był zaplanowany na {date}. Od tego czasu coś mogło się zmienić: ludzie, numery, miejsca i plany dotyczące dzieci. Spójrz jeszcze raz na:",
  "editor.review.done": "Przegląd zrobiony dziś",
  "editor.review.log": "Przeglądy: {dates}.",
};
