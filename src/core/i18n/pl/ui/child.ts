import type { child as en } from "../../en/ui/child";
import type { Translation } from "../../types";

/** Ćwiczenia i czytanie na głos w planie dziecka: do dziecka (7–9 lat) na „ty”, bardzo prosto; zdania dla dorosłego też na „ty”. Drafted from the English, not yet reviewed by a fluent speaker. */
export const child: Translation<typeof en> = {
  "child.practice.open": "Poćwicz mój plan",
  "child.practice.loadingTitle": "Ćwiczenie",
  "child.practice.loading": "Szykuję ćwiczenie…",
  "child.practice.loadFailed": "Nie udało się wczytać ćwiczenia. Sprawdź internet i odśwież stronę.",
  "child.practice.practiseWhatToDo": "Poćwicz, co robić",
  "child.practice.practiseCall": "Poćwicz udawany telefon na 999",
  "child.practice.pickOne": "Wybierz jedno.",
  "child.practice.backToPlan": "Wróć do mojego planu",
  "child.practice.safe": "Bezpieczny wybór",
  "child.practice.notSafe": "To nie jest bezpieczne",
  "child.practice.tryAgain": "Możesz wybrać inną odpowiedź albo iść dalej.",
  "child.practice.pretend": "To tylko na niby. Nikt nie dzwoni.",
  "child.practice.operatorSays": "Osoba w telefonie mówi:",
  /** What the person on the phone says, in the language's quotation marks. */
  "child.practice.quote": "„{words}”",
  "child.practice.youSay": "Ty mówisz:",
  /** Under the pretend call's box once the child has had a go: their plan's own answer, to check. */
  "child.practice.planSays": "W twoim planie jest: {answer}",
  "child.practice.sayOrType": "Możesz to powiedzieć na głos albo tu wpisać.",
  "child.practice.cannotTalk": "Jeśli nie możesz mówić",
  "child.practice.wellDone": "Brawo, że ćwiczysz",
  "child.practice.practiseAgain": "Zacznij od nowa",
  "child.practice.stop": "Stop",
  "child.practice.next": "Dalej",
  "child.practice.finish": "Koniec",
  "child.practice.countScenario": "Ćwiczenie {n} z {total}",
  "child.practice.countPart": "Część {n} z {total}",
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
