import type { handover as en } from "../../en/ui/handover";
import type { Translation } from "../../types";

/** Przekazanie planu na koniec sesji: do osoby prowadzącej (profesjonalisty) na „ty”, rzeczowo, bez form rodzajowych; o młodym człowieku „młoda osoba”. Drafted from the English, not yet reviewed by a fluent speaker. */
export const handover: Translation<typeof en> = {
  "handover.intro":
    "Wybierz to, co jest najbezpieczniejsze dla tej rodziny. Wydruk dla dziecka to tylko karteczka z numerami telefonów. Nic tutaj nie jest zapisywane.",
  "handover.print": "Drukuj",
  "handover.printCard": "Wydrukuj karteczkę z numerami",
  "handover.printHint": "Otwiera plan; opcje drukowania są na końcu strony.",
  "handover.fileTitle": "Zablokowany plik albo zapis na urządzeniu tej osoby",
  "handover.include": "Plany do dołączenia",
  "handover.includeHint":
    "Plan młodej osoby trafia do twojej własnej kopii. Do kopii tej osoby trafia tylko wtedy, gdy młoda osoba się zgodzi.",
  "handover.ask.question": "{plan}: czy młoda osoba zgadza się, aby jej plan trafił do tej kopii?",
  "handover.ask.why": "Plan młodej osoby należy do niej: rodzic może otworzyć tę kopię i go przeczytać.",
  "handover.ask.yes": "Tak, zgadza się",
  "handover.ask.no": "Nie, pomiń go",
  "handover.makeFile": "Zrób zablokowany plik",
  "handover.saveDevice": "Zapisz z blokadą na tym urządzeniu (należącym do tej osoby)",
  "handover.toPhone": "Przekaż na telefon",
  "handover.deviceTitle": "Zapisz z blokadą na własnym urządzeniu tej osoby",
  "handover.deviceText":
    "Tylko jeśli to własne urządzenie tej osoby i może ona bezpiecznie na nim to trzymać. Ta osoba wybiera frazę hasła. Plan blokuje się sam po kilku minutach bez używania. Przy kończeniu sesji pojawi się pytanie, czy go zachować.",
  "handover.noStorage":
    "Ta przeglądarka nie pozwala stronom zapisywać na urządzeniu. Zamiast tego zrób zablokowany plik.",
  "handover.alreadySaved":
    "Na tym urządzeniu jest już zapisany zablokowany plan. Zapisanie teraz go zastąpi. Aby kontynuować, wybierz jeszcze raz Zapisz i zablokuj.",
  "handover.saveFailed": "Ta przeglądarka nie pozwoliła zapisać. Zamiast tego zrób zablokowany plik.",
  "handover.finishTitle": "Zanim skończysz",
  "handover.handedOver": "Co zostało przekazane (zaznaczenia nie są zapisywane)",
  "handover.confirmations": [
    "Każde dziecko ma tylko karteczkę z numerami telefonów albo nic na piśmie",
    "Ta osoba ma swój zablokowany plik albo wydrukowany plan",
    "Ta osoba zna frazę hasła i nie jest ona zapisana razem z plikiem",
    "Moja własna kopia jest w dokumentacji mojej organizacji",
    "Ta osoba wie, gdzie jest przycisk Wyjdź z tej strony i jak szybko wyjść",
    "Ustalono, kiedy przejrzeć plany",
  ],
  "handover.checked": "Zaznaczone: {done} z {total}.",
};
