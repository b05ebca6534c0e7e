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

  "editor.review.title": "Amser edrych ar y cynllun hwn eto",
  "editor.review.text":
    "Roeddech chi'n bwriadu ei adolygu ar {date}. Efallai bod pethau wedi newid ers hynny: pobl, rhifau, lleoedd a chynlluniau ar gyfer y plant. Edrychwch eto ar:",
  "editor.review.done": "Rydw i wedi'i adolygu heddiw",
  "editor.review.log": "Adolygwyd ar: {dates}.",

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

  "editor.checklist.items": { one: "1 eitem", other: "{count} eitem" },
  "editor.checklist.counts":
    "{items}: {packed} wedi'u pacio, {withSomeone} gyda rhywun arall, {toGet} i'w cael, {notNeeded} dim eu hangen.",
  "editor.checklist.status": "Statws",
  "editor.checklist.notDecided": "Heb benderfynu",
  "editor.checklist.where": "Ble, neu gyda phwy",
  "editor.checklist.delete": "Dileu",
  "editor.checklist.remove": "Ddim i mi: tynnu",
  "editor.checklist.addOwn": "Ychwanegu eich eitem eich hun",
  "editor.checklist.add": "Ychwanegu",
  "editor.checklist.removed": "Eitemau rydych chi wedi'u tynnu ({count})",
  "editor.checklist.putBack": "Rhoi yn ôl",
  "editor.status.packed": "Wedi'i bacio",
  "editor.status.withSomeone": "Gyda rhywun arall",
  "editor.status.needToGet": "Angen ei gael",
  "editor.status.notNeeded": "Dim ei angen",

  "editor.print.title": "Argraffu",
  "editor.print.discreet": "Copi papur cynnil: geiriau plaen yn unig, a theitl plaen (‘{title}’)",
  "editor.print.discreetHint":
    "Mae penawdau'n troi'n eiriau fel ‘Nodiadau’ a ‘Pobl’, ac mae enwau gwasanaethau'n cael eu gadael allan. Mae'r dewis hwn ar gyfer pob copi papur ar y dudalen hon, a dydy e ddim yn cael ei gadw.",
  "editor.print.numbersLegend": "Rhifau ar y papur",
  "editor.print.numbersHint":
    "Mae pob rhif yn cael ei argraffu ar ei ben ei hun, heb enw'r gwasanaeth. Gallwch chi roi enw iddo sy'n golygu rhywbeth i chi yn unig, neu ei adael yn wag.",
  "editor.print.numberLabel": "{name}, {phone}",
  "editor.print.forRecordsText": "Y cynllun cyfan, ar gyfer eich cofnodion.",
  "editor.print.fullText":
    "Mae'r copi papur yn dangos eich atebion, gyda llinellau i ysgrifennu arnyn nhw ar gyfer unrhyw beth wnaethoch chi ei hepgor. Cadwch e yn rhywle lle na fydd neb yn dod o hyd iddo, neu gofynnwch i weithiwr cymorth ei gadw i chi.",
  "editor.print.aboutMe":
    "Argraffu hefyd beth sy'n berthnasol i mi a beth sy'n bwysig i mi (byth ar gopi papur cynnil)",
  "editor.print.skipEmpty": "Gadael allan y cwestiynau nad ydw i wedi'u hateb",
  "editor.print.whole": "Argraffu'r cynllun cyfan",
  "editor.print.warningTitle": "Ddylai plentyn ddim cadw cynllun ysgrifenedig.",
  "editor.print.warningText":
    "Os bydd rhywun yn dod o hyd iddo, gallai'r plentyn fod mewn perygl. Argraffwch y cynllun cyfan ar gyfer eich cofnodion eich hun yn unig, a'i gadw yn eich swyddfa. Rhowch y cerdyn rhifau ffôn yn unig i'r plentyn.",
  "editor.print.forRecords": "Argraffu ar gyfer fy nghofnodion",

  "editor.paper.forWhom": "Ar gyfer:",
  "editor.paper.reviewedOn": "Adolygwyd ar:",
  "editor.paper.name": "Enw",
  "editor.paper.phone": "Ffôn",
  "editor.paper.notes": "Nodiadau",
  "editor.paper.item": "Eitem",
  "editor.paper.status": "Statws",
  "editor.paper.howTheyCanHelp": "Sut gallan nhw helpu",
  "editor.paper.whereOrWithWhom": "Ble, neu gyda phwy",
  "editor.paper.closing":
    "Gall cynllun leihau'r risg, ond all e ddim gwarantu diogelwch. Os ydych chi mewn perygl, ffoniwch 999.",
  "editor.paper.cardTitle": "Fy rhifau ffôn",
  "editor.paper.cardTitlePlain": "Fy rhifau",
  "editor.paper.ready": "Yn barod",
  "editor.paper.elsewhere": "Rhywle arall",
  "editor.paper.someoneITrust": "Rhywun rydw i'n ymddiried ynddo",
  "editor.paper.documentTitle": "Nodiadau",
};
