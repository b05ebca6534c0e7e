import type { session as en } from "../../en/ui/session";
import type { Translation } from "../../types";

/** The professional's session ("ședința"), in Romanian. The professional is "tu"; plurals use one, few ("2 planuri") and other ("20 de planuri"). Drafted carefully, not yet reviewed by a fluent speaker. */
export const session: Translation<typeof en> = {
  /** The tab's title: neutral. */
  "session.pageTitle": "Ședință",

  // The kinds of plan, as the household lists them ("Planul unui copil (AB)": initials only)
  "session.kind.adult": "Planul unui adult",
  "session.kind.checklist": "Lucruri de luat",
  "session.kind.child": "Planul unui copil",
  "session.kind.youngPerson": "Planul unui tânăr",
  "session.kind.withInitials": "{kind} ({initials})",

  // What the session holds in memory
  "session.held.adult": {
    one: "{count} plan de adult",
    few: "{count} planuri de adulți",
    other: "{count} de planuri de adulți",
  },
  "session.held.checklist": {
    one: "{count} listă de lucruri",
    few: "{count} liste de lucruri",
    other: "{count} de liste de lucruri",
  },
  "session.held.child": {
    one: "{count} plan de copil",
    few: "{count} planuri de copii",
    other: "{count} de planuri de copii",
  },
  "session.held.youngPerson": {
    one: "{count} plan de tânăr",
    few: "{count} planuri de tineri",
    other: "{count} de planuri de tineri",
  },
  /** Between the items of that list. */
  "session.held.separator": ", ",
  "session.held.nothing": "încă nimic",

  // The banner
  "session.banner.title": "Ședință",
  "session.banner.running": "Ședință în curs",
  /** {running} is "Ședință în curs", in bold. */
  "session.banner.minutes": {
    one: "{running} de {count} minut.",
    few: "{running} de {count} minute.",
    other: "{running} de {count} de minute.",
  },
  "session.banner.holding": "În memorie: {held}.",
  "session.banner.showAsk": "Arată întrebările de pus",
  "session.banner.hideAsk": "Ascunde întrebările de pus",
  "session.banner.end": "Încheie ședința și golește dispozitivul",
  "session.end.title": "Închei ședința și golești acest dispozitiv?",
  "session.end.text":
    "Tot ce a ținut ședința se șterge din acest browser, în toate filele: planurile din memorie și tot ce e salvat aici. Verifică întâi că ai predat persoanei ce îi trebuie.",
  "session.end.keepSaved":
    "Păstrează planul salvat și încuiat pe acest dispozitiv, pentru persoană (doar dacă este dispozitivul ei)",
  "session.end.yes": "Da, încheie și golește",
  "session.end.no": "Nu, continuă",
  "session.otherTab":
    "O altă filă din acest browser are o ședință cu planuri. Dacă închei ședința aici, se încheie și aceea și se golește.",

  // Nothing has happened for a while
  "session.idle.title": "Mai ești aici?",
  "session.idle.nothingFor": {
    one: "Nu s-a întâmplat nimic de 1 minut.",
    few: "Nu s-a întâmplat nimic de {count} minute.",
    other: "Nu s-a întâmplat nimic de {count} de minute.",
  },
  "session.idle.willEnd": {
    one: "Ședința se va încheia și dispozitivul se va goli peste 1 minut, dacă nu continui.",
    few: "Ședința se va încheia și dispozitivul se va goli peste {count} minute, dacă nu continui.",
    other: "Ședința se va încheia și dispozitivul se va goli peste {count} de minute, dacă nu continui.",
  },
  "session.idle.keepGoing": "Continuă",
  "session.idle.saveFirst": "Salvează întâi o copie",

  // Reviewing a household file
  "session.review.title": "Revizuiește un plan salvat",
  "session.review.text":
    "Deschide un fișier al familiei salvat mai demult, ca să îl revizuiți împreună. Întrebările lui vin odată cu el.",
  "session.review.open": "Deschide un fișier al familiei",
  /** Opens the worker's own record: only in their copy, never the family's. */
  "session.record.open": "Pentru evidențele mele",
  "session.review.opened": "Fișierul familiei este deschis: {plans}. Deschide fiecare plan de mai jos.",
  "session.openingPlan": "Se deschide planul…",
  "session.backToHousehold": "Înapoi la familie",
  "session.whereKeptTitle": "Păstrat doar în memoria acestei ședințe.",
  "session.whereKeptText":
    "Nimic nu se salvează și nimic nu se trimite decât dacă îl predai. Când închei ședința, se șterge; la fel dacă reîncarci sau închizi fila. Până la predare, browserul întreabă întâi.",

  // The household
  "session.household.title": "Această familie",
  "session.household.intro": "Parcurge fiecare plan cu persoana căreia îi aparține. Vorbește cu fiecare copil separat.",
  "session.household.notStarted": "Neînceput",
  "session.household.answered": {
    one: "{count} răspuns",
    few: "{count} răspunsuri",
    other: "{count} de răspunsuri",
  },
  "session.household.open": "Deschide",
  "session.household.remove": "Scoate",
  "session.household.yesRemove": "Da, scoate",
  "session.household.keepIt": "Păstrează",
  "session.household.addLegend": "Adaugă un plan pentru un copil sau un tânăr",
  "session.household.childKind": "Planul unui copil (pași simpli)",
  "session.household.initials": "Inițialele persoanei",
  "session.household.initialsHint": "Doar inițialele, niciodată numele întreg: cel mult 4 litere.",
  "session.household.initialsMissing": "Scrieți inițialele: de la una la 4 litere.",
  "session.household.initialsTooLong": "Sunt mai multe decât inițialele: scrieți cel mult 4 litere, niciodată numele.",
  "session.household.add": "Adaugă planul",
  "session.handOver": "Predă",
  "session.print.forRecordsText": "Tot planul, pentru evidențele tale.",
  "session.print.whole": "Tipărește tot planul",
  "session.print.warningTitle": "Un copil nu ar trebui să păstreze un plan scris.",
  "session.print.warningText":
    "Dacă planul este găsit, copilul ar putea fi pus în pericol. Tipărește tot planul doar pentru evidențele tale și păstrează-l la birou. Copilului dă-i doar cardul cu numere de telefon.",
  "session.print.forRecords": "Tipărește pentru evidențele mele",
};
