import type { storage as en } from "../../en/ui/storage";
import type { Translation } from "../../types";

/** Zapisywanie planu na urządzeniu: do dorosłych na „ty”, ciepło, bez form rodzajowych. Drafted from the English, not yet reviewed by a fluent speaker. */
export const storage: Translation<typeof en> = {
  // Shared by the panels
  "storage.close": "Zamknij",
  "storage.cancel": "Anuluj",
  "storage.locking": "Blokowanie…",
  "storage.opening": "Otwieranie…",
  "storage.nothingChanged": "Nic na tym ekranie się nie zmieniło.",
  "storage.browserFailed": "Ta przeglądarka nie mogła tego dokończyć, więc nic się nie zmieniło. Spróbuj jeszcze raz.",
  "storage.loadFailed":
    "Nie udało się wczytać tej części. Sprawdź połączenie i spróbuj jeszcze raz: nic z tego, co już jest wpisane, nie zginęło.",
  "storage.savedLocked": "Zapisano i zablokowano na tym urządzeniu.",
  "storage.saveAndLock": "Zapisz i zablokuj",
  "storage.deleteQuestion": "Usunąć wszystko, co jest zapisane na tym urządzeniu?",
  "storage.yesDelete": "Tak, usuń wszystko",
  "storage.noKeep": "Nie, zostaw",

  // Keep your plan (the storage controls)
  "storage.keep.title": "Zachowaj swój plan",
  "storage.keep.unavailable":
    "Ta przeglądarka nie pozwala stronom zapisywać niczego na urządzeniu (blokują to niektóre okna prywatne). Nadal możesz tu pisać swój plan, wydrukować go albo zapisać zablokowaną kopię jako plik.",
  "storage.keep.lockedHere": "Na tym urządzeniu jest już zapisany zablokowany plan.",
  "storage.keep.openIt": "Otwórz go",
  "storage.keep.saveOnDevice": "Zapisz na tym urządzeniu",
  "storage.keep.lockNow": "Zablokuj teraz",
  "storage.keep.saveCopy": "Zapisz kopię",
  "storage.keep.openCopy": "Otwórz zapisaną kopię",
  "storage.keep.toPhone": "Przenieś na telefon",
  "storage.keep.deleteEverything": "Usuń wszystko z tego urządzenia",
  // Where what you write is kept (under a plan's introduction)
  "storage.where.screenTitle": "Zachowane tylko na tym ekranie.",
  "storage.where.screenText":
    "Przejście do innego planu tego nie usuwa. Zniknie, gdy naciśniesz „Wstecz” w przeglądarce, odświeżysz tę stronę, zamkniesz kartę albo użyjesz przycisku „Wyjdź z tej strony”.",
};
