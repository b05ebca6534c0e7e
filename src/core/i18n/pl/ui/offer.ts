import type { offer as en } from "../../en/ui/offer";
import type { Translation } from "../../types";

export const offer: Translation<typeof en> = {
  "editor.tailor.label": "Narzędzia do tego planu",
  "editor.tailor.title": "Dopasuj ten plan do siebie",
  "editor.tailor.text":
    "Odpowiedz na kilka nieobowiązkowych pytań, a plan podpowie pomysły pasujące do twojej sytuacji, każdy z wyjaśnieniem.",
  "editor.tailor.start": "Zacznij",
  "editor.tailor.notNow": "Nie teraz",
  "editor.tailor.deviceFirst":
    "Zanim coś wpiszesz, możesz sprawdzić, czy ten telefon lub komputer jest bezpieczny w użyciu.",
  "editor.tailor.device": "Czy to urządzenie jest bezpieczne?",
  "editor.tailor.goNow": "Jeśli muszę wyjść teraz",
  "editor.tailor.signs": "Oznaki zagrożenia",
};
