import type { editor as en } from "../../en/ui/editor";
import type { Translation } from "../../types";

/**
 * Edytor planu, po polsku: do dorosłych na „ty”, ciepło, bez form rodzajowych. Słowa „editor.paper.*”
 * (poza closing) trafiają na dyskretny wydruk: zwykłe słowa domowe, bez niczego, co zdradza cel.
 * Drafted from the English, not yet reviewed by a fluent speaker.
 */
export const editor: Translation<typeof en> = {
  "editor.moreAbout": "Więcej o tym planie",
  "editor.keptOnScreen.title": "Zachowane tylko na tym ekranie.",
  "editor.keptOnScreen.text":
    "Zniknie, gdy opuścisz tę stronę, odświeżysz ją albo użyjesz przycisku „Wyjdź z tej strony”.",
  "editor.whichPlan": "Który plan pokazać",
  "editor.planNumber": "Plan {n}",
  /** One plan among several of a kind: "AB, last changed 10/03/2027". */
  "editor.planOption": "{name}, ostatnia zmiana {date}",
  "editor.sections.label": "Części tego planu",
  "editor.sections.title": "Części",

  // A section.
  "editor.progress.notStarted": "Nierozpoczęte",
  "editor.progress.answered": "Odpowiedzi: {answered} z {total}",
  "editor.progress.done": "Z odpowiedzią",
  "editor.progress.decided": "Ustalone: {decided} z {total}",
  "editor.questionsToThink": "Pytania do przemyślenia",
  "editor.questionsToAsk": "Pytania, które warto zadać",
  "editor.numbersToKnow": "Numery, które warto znać",

  // Reviewing a plan.

  // Fields.
  "editor.agree": "Zgadzam się",
  "editor.clearAnswer": "Wyczyść odpowiedź",
  "editor.text.full": "To pole jest pełne. Możesz pisać dalej w innym polu.",
  "editor.text.left": {
    one: "Został ci 1 znak.",
    few: "Zostały ci {count} znaki.",
    many: "Zostało ci {count} znaków.",
    other: "Zostało ci {count} znaku.",
  },
  /** Hidden after a button, for screen readers: "Add (to) Things to take". */
  "editor.toField": "(do: {field})",

  // Lists of people and places.
  "editor.list.name": "Imię lub nazwa",
  "editor.list.phone": "Numer telefonu",
  "editor.list.role": "Jak może pomóc",
  "editor.list.place": "Miejsce",
  "editor.list.placeNote": "Jak tam dotrę albo co jeszcze warto pamiętać",
  "editor.list.person": "{field}: osoba {n}",
  "editor.list.placeN": "{field}: miejsce {n}",
  "editor.list.addPerson": "Dodaj osobę",
  "editor.list.addAnotherPerson": "Dodaj kolejną osobę",
  "editor.list.addPlace": "Dodaj miejsce",
  "editor.list.addAnotherPlace": "Dodaj kolejne miejsce",
  "editor.list.remove": "Usuń",
  /** Hidden after "Remove", for screen readers. */
  "editor.list.removePerson": "osobę {n} (z: {field})",
  "editor.list.removePlace": "miejsce {n} (z: {field})",
  "editor.list.full": "Na tej liście zmieści się najwyżej tyle pozycji: {max}.",
  "editor.list.removed": "Usunięto: {what}.",
  "editor.list.undo": "Cofnij",

  // Print controls.
  "editor.print.title": "Drukuj",
  "editor.print.discreet": "Dyskretny wydruk: tylko zwykłe słowa i zwykły tytuł („{title}”)",
  "editor.print.discreetHint":
    "Nagłówki zmieniają się w słowa takie jak „Notatki” i „Osoby”, a nazwy usług są pomijane. Ten wybór dotyczy każdego wydruku na tej stronie i nie jest zapisywany.",
  "editor.print.numbersLegend": "Numery na kartce",
  "editor.print.numbersHint":
    "Każdy numer drukuje się osobno, bez nazwy usługi. Możesz nadać mu nazwę, która coś znaczy tylko dla ciebie, albo zostawić puste pole.",
  "editor.print.numberLabel": "{name}, {phone}",
  "editor.print.fullText":
    "Na wydruku są twoje odpowiedzi oraz linie do pisania przy pominiętych pytaniach. Trzymaj go tam, gdzie nikt go nie znajdzie, albo poproś osobę wspierającą, aby przechowała go dla ciebie.",
  "editor.print.aboutMe":
    "Wydrukuj też, co mnie dotyczy i co jest dla mnie najważniejsze (nigdy na dyskretnym wydruku)",
  "editor.print.skipEmpty": "Pomiń pytania bez odpowiedzi",

  // On the paper. A discreet printout uses only the plain words, which must say nothing of what
  // it is for (src/core/print/revealing.ts checks them in every language).
  "editor.paper.forWhom": "Dla:",
  "editor.paper.reviewedOn": "Przegląd:",
  "editor.paper.name": "Imię lub nazwa",
  "editor.paper.phone": "Telefon",
  "editor.paper.notes": "Notatki",
  "editor.paper.howTheyCanHelp": "Jak może pomóc",
  "editor.paper.closing":
    "Plan może zmniejszyć ryzyko, ale nie może zagwarantować bezpieczeństwa. Jeśli grozi ci niebezpieczeństwo, zadzwoń pod 999.",
  "editor.paper.cardTitle": "Moje numery telefonów",
  "editor.paper.cardTitlePlain": "Moje numery",
  "editor.paper.someoneITrust": "Ktoś, komu ufam",
  /** The tab title while a discreet printout or a card prints: a saved PDF is offered under it. */
  "editor.paper.documentTitle": "Notatki",
};
