import type { session as en } from "../../en/ui/session";
import type { Translation } from "../../types";

/** Sesja osoby prowadzącej (profesjonalisty) z rodziną: na „ty”, rzeczowo, bez form rodzajowych; tytuł karty jest neutralny. Drafted from the English, not yet reviewed by a fluent speaker. */
export const session: Translation<typeof en> = {
  /** The tab's title: neutral. */
  "session.pageTitle": "Sesja",

  // The kinds of plan, as the household lists them ("Child's plan (AB)": initials only)
  "session.kind.adult": "Plan dorosłej osoby",
  "session.kind.checklist": "Rzeczy do zabrania",
  "session.kind.child": "Plan dziecka",
  "session.kind.youngPerson": "Plan młodej osoby",
  "session.kind.withInitials": "{kind} ({initials})",

  // What the session holds in memory
  "session.held.adult": {
    one: "{count} plan dorosłej osoby",
    few: "{count} plany dorosłych osób",
    many: "{count} planów dorosłych osób",
    other: "{count} planu dorosłych osób",
  },
  "session.held.checklist": {
    one: "{count} lista rzeczy",
    few: "{count} listy rzeczy",
    many: "{count} list rzeczy",
    other: "{count} listy rzeczy",
  },
  "session.held.child": {
    one: "{count} plan dziecka",
    few: "{count} plany dzieci",
    many: "{count} planów dzieci",
    other: "{count} planu dzieci",
  },
  "session.held.youngPerson": {
    one: "{count} plan młodej osoby",
    few: "{count} plany młodych osób",
    many: "{count} planów młodych osób",
    other: "{count} planu młodych osób",
  },
  /** Between the items of that list. */
  "session.held.separator": ", ",
  "session.held.nothing": "na razie nic",

  // The banner
  "session.banner.title": "Sesja",
  "session.banner.running": "Sesja trwa",
  /** {running} is "Session running", in bold. */
  "session.banner.minutes": {
    one: "{running} od {count} minuty.",
    few: "{running} od {count} minut.",
    many: "{running} od {count} minut.",
    other: "{running} od {count} minuty.",
  },
  "session.banner.holding": "W pamięci: {held}.",
  "session.banner.showAsk": "Pokaż pytania, które warto zadać",
  "session.banner.hideAsk": "Ukryj pytania, które warto zadać",
  "session.banner.end": "Zakończ sesję i wyczyść to urządzenie",
  "session.end.title": "Zakończyć sesję i wyczyścić to urządzenie?",
  "session.end.text":
    "Wszystko, co było w sesji, zostanie usunięte z tej przeglądarki, w każdej karcie: plany w pamięci i wszystko, co jest tu zapisane. Najpierw sprawdź, czy ta osoba ma już wszystko, czego potrzebuje.",
  "session.end.keepSaved":
    "Zachowaj plan zapisany i zablokowany na tym urządzeniu dla tej osoby (tylko jeśli to jej własne urządzenie)",
  "session.end.yes": "Tak, zakończ i wyczyść",
  "session.end.no": "Nie, kontynuuj",
  "session.otherTab":
    "W innej karcie tej przeglądarki jest sesja z planami. Zakończenie sesji tutaj zakończy też tamtą i ją wyczyści.",

  // Nothing has happened for a while
  "session.idle.title": "Czy nadal tu jesteś?",
  "session.idle.nothingFor": {
    one: "Od 1 minuty nic się nie dzieje.",
    few: "Od {count} minut nic się nie dzieje.",
    many: "Od {count} minut nic się nie dzieje.",
    other: "Od {count} minuty nic się nie dzieje.",
  },
  "session.idle.willEnd": {
    one: "Sesja zakończy się i wyczyści to urządzenie za 1 minutę, chyba że będziesz kontynuować.",
    few: "Sesja zakończy się i wyczyści to urządzenie za {count} minuty, chyba że będziesz kontynuować.",
    many: "Sesja zakończy się i wyczyści to urządzenie za {count} minut, chyba że będziesz kontynuować.",
    other: "Sesja zakończy się i wyczyści to urządzenie za {count} minuty, chyba że będziesz kontynuować.",
  },
  "session.idle.keepGoing": "Kontynuuj",
  "session.idle.saveFirst": "Najpierw zapisz kopię",

  // Reviewing a household file
  "session.review.title": "Przejrzyj zapisany plan",
  "session.review.text":
    "Otwórz zapisany wcześniej plik domowy, aby przejrzeć go razem. Jego pytania są w nim zapisane.",
  "session.review.open": "Otwórz plik domowy",
  /** Opens the worker's own record: only in their copy, never the family's. */
  "session.record.open": "Do mojej dokumentacji",
  "session.review.opened": "Plik domowy jest otwarty: {plans}. Otwórz każdy plan poniżej.",
  "session.openingPlan": "Otwieranie planu…",
  "session.backToHousehold": "Wróć do gospodarstwa domowego",
  "session.whereKeptTitle": "Zachowane tylko w pamięci tej sesji.",
  "session.whereKeptText":
    "Nic nie jest zapisywane ani wysyłane, dopóki tego nie przekażesz. Zakończenie sesji to czyści, podobnie jak odświeżenie lub zamknięcie tej karty: dopóki nic nie zostało przekazane, przeglądarka najpierw zapyta.",

  // The household
  "session.household.title": "To gospodarstwo domowe",
  "session.household.intro": "Przejdź przez każdy plan z osobą, do której należy. Z każdym dzieckiem rozmawiaj osobno.",
  "session.household.notStarted": "Nierozpoczęty",
  "session.household.answered": {
    one: "{count} odpowiedź",
    few: "{count} odpowiedzi",
    many: "{count} odpowiedzi",
    other: "{count} odpowiedzi",
  },
  "session.household.open": "Otwórz",
  "session.household.remove": "Usuń",
  "session.household.yesRemove": "Tak, usuń",
  "session.household.keepIt": "Zostaw",
  "session.household.addLegend": "Dodaj plan dla dziecka lub młodej osoby",
  "session.household.childKind": "Plan dziecka (proste kroki)",
  "session.household.initials": "Inicjały",
  "session.household.initialsHint": "Tylko inicjały, nigdy pełne imię i nazwisko: najwyżej 4 litery.",
  "session.household.initialsMissing": "Wpisz inicjały: od jednej do 4 liter.",
  "session.household.initialsTooLong": "To więcej niż inicjały: wpisz najwyżej 4 litery, nigdy imienia.",
  "session.household.add": "Dodaj plan",
  "session.handOver": "Przekaż",
  "session.print.forRecordsText": "Cały plan, do twojej dokumentacji.",
  "session.print.whole": "Wydrukuj cały plan",
  "session.print.warningTitle": "Dziecko nie powinno trzymać spisanego planu.",
  "session.print.warningText":
    "Jeśli ktoś go znajdzie, dziecko może być w zagrożeniu. Wydrukuj cały plan tylko do własnej dokumentacji i trzymaj go w biurze. Daj dziecku tylko karteczkę z numerami telefonów.",
  "session.print.forRecords": "Wydrukuj do mojej dokumentacji",
};
