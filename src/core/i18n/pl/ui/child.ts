import type { child as en } from "../../en/ui/child";
import type { Translation } from "../../types";

/** Ćwiczenia i czytanie na głos w planie dziecka: do dziecka (7–9 lat) na „ty”, bardzo prosto; zdania dla dorosłego też na „ty”. Drafted from the English, not yet reviewed by a fluent speaker. */
export const child: Translation<typeof en> = {
  "child.practice.open": "Poćwicz mój plan",
  "child.practice.loadingTitle": "Ćwiczenie",
  "child.practice.loading": "Szykuję ćwiczenie…",
  "child.practice.loadFailed": "Nie udało się wczytać ćwiczenia. Sprawdź internet i odśwież stronę.",
  "child.readAloud.button": "Czytaj na głos",
  "child.readAloud.stop": "Przestań czytać",
  /** For the adult, on a device with no voice of its own in this language (voices that send words away are never used). */
  "child.readAloud.missing": "Dla dorosłego: czytanie na głos po polsku jeszcze nie działa na tym urządzeniu.",
  "child.readAloud.howToFix":
    "Aby je włączyć, dodaj polski głos w ustawieniach urządzenia. Szukaj mowy albo zamiany tekstu na mowę. Przycisk Czytaj na głos może wtedy sam się tu pojawić. Jeśli nie, najpierw zachowaj odpowiedzi przyciskiem Zapisz kopię. Potem wczytaj tę stronę jeszcze raz.",
  /** How Read aloud says a yes-or-no answer: "Do you have a mobile: yes." */
  "child.readAloud.yes": "tak",
  "child.readAloud.no": "nie",
  /** Between names in a list, and before the last: "Mum, Nan and Mr Ali". */
  "child.readAloud.listComma": ", ",
  "child.readAloud.listAnd": "{first} i {last}",
  /** The same, when the last name starts with a vowel (Welsh: "Mam ac Ali"); Polish does not change. */
  "child.readAloud.listAndVowel": "{first} i {last}",
  /** Said as "3 February 2027": the day, the month's name (genitive in Polish: "3 lutego 2027"), the year. */
  "child.readAloud.months": [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
  ],
};
