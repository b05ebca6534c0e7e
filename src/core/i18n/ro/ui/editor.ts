import type { editor as en } from "../../en/ui/editor";
import type { Translation } from "../../types";

/**
 * The plan editor, in Romanian. Adults are "tu", gender-neutral. The editor.paper.* words go on
 * printouts, and the discreet ones must read as an ordinary household note (no word for danger,
 * police, leaving…). Drafted carefully, not yet reviewed by a fluent speaker.
 */
export const editor: Translation<typeof en> = {
  "editor.moreAbout": "Mai multe despre acest plan",
  "editor.keptOnScreen.title": "Păstrat doar pe acest ecran.",
  "editor.keptOnScreen.text":
    "Dacă pleci de pe pagină, o reîncarci sau folosești „Ieși de pe această pagină”, se șterge.",
  "editor.whichPlan": "Ce plan să arate",
  "editor.planNumber": "Planul {n}",
  /** One plan among several of a kind: "AB, schimbat ultima dată la 10/03/2027". */
  "editor.planOption": "{name}, schimbat ultima dată la {date}",
  "editor.sections.label": "Părțile acestui plan",
  "editor.sections.title": "Părți",

  // A section.
  "editor.progress.notStarted": "Neînceput",
  "editor.progress.answered": "{answered} din {total} cu răspuns",
  "editor.progress.done": "Cu răspuns",
  "editor.progress.decided": "{decided} din {total} hotărâte",
  "editor.questionsToThink": "Întrebări la care să te gândești",
  "editor.questionsToAsk": "Întrebări de pus",
  "editor.numbersToKnow": "Numere bune de știut",

  // Reviewing a plan.

  // Fields.
  "editor.agree": "Sunt de acord",
  "editor.clearAnswer": "Șterge răspunsul",
  "editor.text.full": "Răspunsul este plin. Poți continua în altă căsuță.",
  "editor.text.left": {
    one: "Mai ai 1 caracter.",
    few: "Mai ai {count} caractere.",
    other: "Mai ai {count} de caractere.",
  },
  /** Hidden after a button, for screen readers: "Adaugă (la) Lucruri de luat". */
  "editor.toField": "la {field}",

  // Lists of people and places.
  "editor.list.name": "Nume",
  "editor.list.phone": "Număr de telefon",
  "editor.list.role": "Cum poate ajuta",
  "editor.list.place": "Loc",
  "editor.list.placeNote": "Cum aș ajunge acolo, sau altceva de ținut minte",
  "editor.list.person": "{field}: persoana {n}",
  "editor.list.placeN": "{field}: locul {n}",
  "editor.list.addPerson": "Adaugă o persoană",
  "editor.list.addAnotherPerson": "Adaugă încă o persoană",
  "editor.list.addPlace": "Adaugă un loc",
  "editor.list.addAnotherPlace": "Adaugă încă un loc",
  "editor.list.remove": "Scoate",
  /** Hidden after "Scoate", for screen readers. */
  "editor.list.removePerson": "persoana {n} din {field}",
  "editor.list.removePlace": "locul {n} din {field}",
  "editor.list.full": "Lista nu poate avea mai mult de atât ({max}).",
  "editor.list.removed": "Ai scos: {what}.",
  "editor.list.undo": "Anulează",

  // Print controls.
  "editor.print.title": "Tipărește",
  "editor.print.discreet": "Tipărire discretă: doar cuvinte obișnuite și un titlu obișnuit („{title}”)",
  "editor.print.discreetHint":
    "Titlurile devin cuvinte ca „Notițe” și „Oameni”, iar numele serviciilor nu apar. Alegerea e valabilă pentru tot ce tipărești de pe această pagină și nu se salvează.",
  "editor.print.numbersLegend": "Numere pe hârtie",
  "editor.print.numbersHint":
    "Fiecare număr apare singur, fără numele serviciului. Îi poți da un nume pe care doar tu îl înțelegi sau poți lăsa căsuța goală.",
  "editor.print.numberLabel": "{name}, {phone}",
  "editor.print.fullText":
    "Pe hârtie apar răspunsurile tale, cu rânduri libere pentru ce ai sărit. Păstreaz-o unde nu va fi găsită sau roagă un consilier de sprijin să ți-o păstreze.",
  "editor.print.aboutMe":
    "Tipărește și ce se aplică în cazul meu și ce contează cel mai mult (niciodată la tipărirea discretă)",
  "editor.print.skipEmpty": "Lasă deoparte întrebările la care nu am răspuns",

  // On the paper. A discreet printout uses only the plain words, which must say nothing of what
  // it is for (src/core/print/revealing.ts checks them in every language).
  "editor.paper.forWhom": "Pentru:",
  "editor.paper.reviewedOn": "Revizuit pe:",
  "editor.paper.name": "Nume",
  "editor.paper.phone": "Telefon",
  "editor.paper.notes": "Notițe",
  "editor.paper.howTheyCanHelp": "Cum poate ajuta",
  "editor.paper.closing":
    "Un plan poate micșora riscul, dar nu poate garanta siguranța. Dacă ești în pericol, sună la 999.",
  "editor.paper.cardTitle": "Numerele mele de telefon",
  "editor.paper.cardTitlePlain": "Numerele mele",
  "editor.paper.someoneITrust": "Cineva în care am încredere",
  /** The tab title while a discreet printout or a card prints: a saved PDF is offered under it. */
  "editor.paper.documentTitle": "Notițe",
};
