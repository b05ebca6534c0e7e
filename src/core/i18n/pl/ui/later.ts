import type { later as en } from "../../en/ui/later";
import type { Translation } from "../../types";

/** Ostrzeżenia przed utratą odpowiedzi i numery w przestrzeni planu: do dorosłych na „ty”, bez form rodzajowych. Drafted from the English, not yet reviewed by a fluent speaker. */
export const later: Translation<typeof en> = {
  // A newer revision was saved than the one this tab's words are based on (by whom, the code
  // cannot always know: another tab, another window, a session's hand-over).
  "workspace.stale.title": "Na tym urządzeniu zapisano nowszą wersję tego planu.",
  "workspace.stale.text":
    "Twoje ostatnie zmiany w tej karcie nadal są na ekranie, ale nie zostały zapisane, aby nie nadpisały nowszego planu.",
  "workspace.stale.keepMine": "Zachowaj moje zmiany jako kopię, obok nowszego planu",
  "workspace.stale.showNewer": "Pokaż nowszy plan (odrzuć moje zmiany tutaj)",

  // Before a link leaves the workspace and clears unsaved answers.
  "workspace.leave.title": "Wyjść i wyczyścić to, co tu napisano?",
  "workspace.leave.savedAsFile":
    "Twoja zablokowana kopia jest zapisana jako plik. Wyjście i tak wyczyści ten ekran, ale plik zachowuje wszystko.",
  /** {where} is the link's own words in quotes, or "that page"; {answers} is what would be lost. */
  "workspace.leave.wouldLose":
    "Przejście do {where} wyczyści ten ekran. Te odpowiedzi nie są jeszcze nigdzie zapisane i przepadną: {answers}.",
  "workspace.leave.linkName": "„{label}”",
  "workspace.leave.thatPage": "tamtej strony",
  "workspace.leave.stay": "Zostań",
  "workspace.leave.saveFirst": "Najpierw zapisz kopię",
  "workspace.leave.leave": "Wyjdź i wyczyść",

  // The phone numbers, inside the workspace.
  "workspace.numbers.title": "Numery telefonów, pod którymi można dostać pomoc",
  "workspace.numbers.intro":
    "Twój plan zostaje taki, jaki jest, za tym panelem. Jeśli grozi ci niebezpieczeństwo teraz, zadzwoń pod 999. Jeśli dzwonisz z komórki i nie możesz mówić, naciśnij 55, kiedy cię o to poproszą.",
  "workspace.numbers.back": "Wróć do mojego planu",
  "workspace.numbers.forChildren": "Dla dzieci i młodzieży",
  "workspace.numbers.backToPractice": "Wróć do ćwiczenia",
  // In place of the numbers, while practising: a pretend call must be nowhere near a real one.
  "workspace.numbers.practising":
    "Teraz ćwiczysz, więc nic tutaj nie może do nikogo zadzwonić. Dlatego numerów nie ma na tym ekranie. Jeśli naprawdę grozi ci niebezpieczeństwo, zadzwoń z telefonu pod 999. Twoje numery są w twoim planie.",

  // Notices after another tab did something, or a save failed.
  "workspace.notice.updated": "Ten plan został zmieniony w innej karcie. Widzisz nowszą wersję.",
  "workspace.notice.lockedElsewhere": "Został zablokowany w innej karcie.",
  "workspace.notice.deletedElsewhere": "Wszystko, co było zapisane na tym urządzeniu, zostało usunięte w innej karcie.",
  "workspace.notice.replacedElsewhere":
    "Plan zapisany na tym urządzeniu się zmienił i nie otwiera się już frazą hasła użytą w tej karcie. To, co jest na tym ekranie, nie jest tam zapisane: zapisz kopię jako plik, aby to zachować.",
  "workspace.notice.gone":
    "Planu zapisanego na tym urządzeniu już nie ma. To, co jest na tym ekranie, nie jest jeszcze nigdzie zapisane: możesz znów zapisać to na tym urządzeniu albo zapisać kopię jako plik.",
  "workspace.notice.keptCopies": "Nowszy plan jest otwarty, a twoje zmiany z tej karty są zachowane obok jako kopie.",
  "workspace.notice.notLockedSaveFailed":
    "Nie udało się zapisać twoich ostatnich zmian na tym urządzeniu, więc czekają, aż znów otworzysz plan.",
};
