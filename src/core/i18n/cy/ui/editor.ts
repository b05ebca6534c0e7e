import type { editor as en } from "../../en/ui/editor";
import type { Translation } from "../../types";

export const editor: Translation<typeof en> = {
  "editor.moreAbout": "Rhagor am y cynllun hwn",
  "editor.keptOnScreen.title": "Dim ond ar y sgrin hon mae'n cael ei gadw.",
  "editor.keptOnScreen.text": "Mae gadael neu ail-lwytho'r dudalen hon, neu ddefnyddio'r botwm Gadael, yn ei glirio.",
  "editor.whichPlan": "Pa gynllun i'w ddangos",
  "editor.planNumber": "Cynllun {n}",
  "editor.planOption": "{name}, newidiwyd ddiwethaf {date}",
  "editor.sections.label": "Adrannau'r cynllun hwn",
  "editor.sections.title": "Adrannau",

  "editor.progress.notStarted": "Heb ddechrau",
  "editor.progress.answered": "{answered} o {total} wedi'u hateb",
  "editor.progress.done": "Wedi'i ateb",
  "editor.progress.decided": "{decided} o {total} wedi'u penderfynu",
  "editor.questionsToThink": "Cwestiynau i feddwl amdanyn nhw",
  "editor.questionsToAsk": "Cwestiynau i'w gofyn",
  "editor.numbersToKnow": "Rhifau i'w gwybod",

  "editor.agree": "Rydw i'n cytuno",
  "editor.clearAnswer": "Clirio'r ateb",
  "editor.text.full": "Mae'r ateb hwn yn llawn. Gallech chi barhau mewn blwch arall.",
  "editor.text.left": {
    one: "Mae gennych chi 1 nod ar ôl.",
    other: "Mae gennych chi {count} nod ar ôl.",
  },
  "editor.toField": "at {field}",

  "editor.list.name": "Enw",
  "editor.list.phone": "Rhif ffôn",
  "editor.list.role": "Sut gallan nhw helpu",
  "editor.list.place": "Lle",
  "editor.list.placeNote": "Sut byddwn i'n cyrraedd yno, neu unrhyw beth arall i'w gofio",
  "editor.list.person": "{field}: person rhif {n}",
  "editor.list.placeN": "{field}: lle rhif {n}",
  "editor.list.addPerson": "Ychwanegu person",
  "editor.list.addAnotherPerson": "Ychwanegu person arall",
  "editor.list.addPlace": "Ychwanegu lle",
  "editor.list.addAnotherPlace": "Ychwanegu lle arall",
  "editor.list.remove": "Tynnu",
  "editor.list.removePerson": "person rhif {n} o {field}",
  "editor.list.removePlace": "lle rhif {n} o {field}",
  "editor.list.full": "Dyna'r mwyaf y gall y rhestr hon ei ddal ({max}).",
  "editor.list.removed": "Wedi tynnu: {what}.",
  "editor.list.undo": "Dadwneud",

  "editor.print.title": "Argraffu",
  "editor.print.discreet": "Copi papur cynnil: geiriau plaen yn unig, a theitl plaen (‘{title}’)",
  "editor.print.discreetHint":
    "Mae penawdau'n troi'n eiriau fel ‘Nodiadau’ a ‘Pobl’, ac mae enwau gwasanaethau'n cael eu gadael allan. Mae'r dewis hwn ar gyfer pob copi papur ar y dudalen hon, a dydy e ddim yn cael ei gadw.",
  "editor.print.numbersLegend": "Rhifau ar y papur",
  "editor.print.numbersHint":
    "Mae pob rhif yn cael ei argraffu ar ei ben ei hun, heb enw'r gwasanaeth. Gallwch chi roi enw iddo sy'n golygu rhywbeth i chi yn unig, neu ei adael yn wag.",
  "editor.print.numberLabel": "{name}, {phone}",
  "editor.print.fullText":
    "Mae'r copi papur yn dangos eich atebion, gyda llinellau i ysgrifennu arnyn nhw ar gyfer unrhyw beth wnaethoch chi ei hepgor. Cadwch e yn rhywle lle na fydd neb yn dod o hyd iddo, neu gofynnwch i weithiwr cymorth ei gadw i chi.",
  "editor.print.aboutMe":
    "Argraffu hefyd beth sy'n berthnasol i mi a beth sy'n bwysig i mi (byth ar gopi papur cynnil)",
  "editor.print.skipEmpty": "Gadael allan y cwestiynau nad ydw i wedi'u hateb",

  "editor.paper.forWhom": "Ar gyfer:",
  "editor.paper.reviewedOn": "Adolygwyd ar:",
  "editor.paper.name": "Enw",
  "editor.paper.phone": "Ffôn",
  "editor.paper.notes": "Nodiadau",
  "editor.paper.howTheyCanHelp": "Sut gallan nhw helpu",
  "editor.paper.closing":
    "Gall cynllun leihau'r risg, ond all e ddim gwarantu diogelwch. Os ydych chi mewn perygl, ffoniwch 999.",
  "editor.paper.cardTitle": "Fy rhifau ffôn",
  "editor.paper.cardTitlePlain": "Fy rhifau",
  "editor.paper.someoneITrust": "Rhywun rydw i'n ymddiried ynddo",
  "editor.paper.documentTitle": "Nodiadau",
};
