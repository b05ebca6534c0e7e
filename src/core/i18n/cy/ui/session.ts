import type { session as en } from "../../en/ui/session";
import type { Translation } from "../../types";

export const session: Translation<typeof en> = {
  "session.pageTitle": "Sesiwn",

  "session.kind.adult": "Cynllun oedolyn",
  "session.kind.checklist": "Pethau i fynd gyda chi",
  "session.kind.child": "Cynllun plentyn",
  "session.kind.youngPerson": "Cynllun person ifanc",
  "session.kind.withInitials": "{kind} ({initials})",

  "session.held.adult": { one: "{count} cynllun oedolyn", other: "{count} cynllun oedolyn" },
  "session.held.checklist": { one: "{count} rhestr wirio", other: "{count} rhestr wirio" },
  "session.held.child": { one: "{count} cynllun plentyn", other: "{count} cynllun plentyn" },
  "session.held.youngPerson": { one: "{count} cynllun person ifanc", other: "{count} cynllun person ifanc" },
  "session.held.separator": ", ",
  "session.held.nothing": "dim byd eto",

  "session.banner.title": "Sesiwn",
  "session.banner.running": "Sesiwn ar waith",
  "session.banner.minutes": {
    zero: "{running} ers llai na munud.",
    one: "{running} ers {count} munud.",
    other: "{running} ers {count} munud.",
  },
  "session.banner.holding": "Yn y cof: {held}.",
  "session.banner.showAsk": "Dangos cwestiynau i'w gofyn",
  "session.banner.hideAsk": "Cuddio cwestiynau i'w gofyn",
  "session.banner.end": "Gorffen y sesiwn a chlirio'r ddyfais hon",
  "session.end.title": "Gorffen y sesiwn a chlirio'r ddyfais hon?",
  "session.end.text":
    "Mae popeth oedd gan y sesiwn yn cael ei ddileu o'r porwr hwn, ym mhob tab: cynlluniau yn y cof ac unrhyw beth sydd wedi'i gadw yma. Gwnewch yn siŵr eich bod wedi trosglwyddo'r hyn sydd ei angen ar y person yn gyntaf.",
  "session.end.keepSaved":
    "Cadw'r cynllun ar y ddyfais hon i'r person, wedi'i gloi (dim ond os mai eu dyfais eu hunain yw hi)",
  "session.end.yes": "Ie, gorffen a chlirio",
  "session.end.no": "Na, parhau",
  "session.otherTab":
    "Mae gan dab arall yn y porwr hwn sesiwn â chynlluniau ynddi. Mae gorffen y sesiwn yma yn gorffen honno hefyd, ac yn ei chlirio.",

  "session.idle.title": "Ydych chi yno o hyd?",
  "session.idle.nothingFor": {
    one: "Does dim byd wedi digwydd ers 1 munud.",
    other: "Does dim byd wedi digwydd ers {count} munud.",
  },
  "session.idle.willEnd": {
    one: "Bydd y sesiwn yn dod i ben ac yn clirio'r ddyfais hon mewn 1 munud, oni bai eich bod chi'n parhau.",
    other: "Bydd y sesiwn yn dod i ben ac yn clirio'r ddyfais hon mewn {count} munud, oni bai eich bod chi'n parhau.",
  },
  "session.idle.keepGoing": "Parhau",
  "session.idle.saveFirst": "Cadw copi yn gyntaf",

  "session.review.title": "Adolygu cynllun a gadwyd",
  "session.review.text":
    "Agorwch ffeil y cartref a gadwyd o'r blaen, i'w hadolygu gyda'ch gilydd. Mae ei chwestiynau'n dod gyda hi.",
  "session.review.open": "Agor ffeil y cartref",
  "session.record.open": "Ar gyfer fy nghofnodion",
  "session.review.opened": "Mae ffeil y cartref ar agor: {plans}. Agorwch bob cynllun isod.",
  "session.openingPlan": "Wrthi'n agor y cynllun…",
  "session.backToHousehold": "Yn ôl at y cartref",
  "session.whereKeptTitle": "Yn cael ei gadw yng nghof y sesiwn hon yn unig.",
  "session.whereKeptText":
    "Does dim byd yn cael ei gadw na'i anfon oni bai eich bod chi'n ei drosglwyddo. Mae gorffen y sesiwn yn ei glirio, a hefyd ail-lwytho neu gau'r tab hwn: nes iddo gael ei drosglwyddo, bydd y porwr yn gofyn yn gyntaf.",

  "session.household.title": "Y cartref hwn",
  "session.household.intro":
    "Ewch drwy bob cynllun gyda'r person y mae'n perthyn iddo. Gwelwch bob plentyn ar ei ben ei hun.",
  "session.household.notStarted": "Heb ddechrau",
  "session.household.answered": { one: "{count} wedi'i ateb", other: "{count} wedi'u hateb" },
  "session.household.open": "Agor",
  "session.household.remove": "Tynnu",
  "session.household.yesRemove": "Ie, tynnu",
  "session.household.keepIt": "Ei gadw",
  "session.household.addLegend": "Ychwanegu cynllun i blentyn neu berson ifanc",
  "session.household.childKind": "Cynllun plentyn (camau syml)",
  "session.household.initials": "Eu llythrennau blaen",
  "session.household.initialsHint": "Llythrennau blaen yn unig, byth enw llawn: hyd at 4 llythyren.",
  "session.household.initialsMissing": "Teipiwch eu llythrennau blaen: un i 4 llythyren.",
  "session.household.initialsTooLong":
    "Mae hynny'n fwy na llythrennau blaen: teipiwch hyd at 4 llythyren, byth eu henw.",
  "session.household.add": "Ychwanegu cynllun",
  "session.handOver": "Trosglwyddo",
  "session.print.forRecordsText": "Y cynllun cyfan, ar gyfer eich cofnodion.",
  "session.print.whole": "Argraffu'r cynllun cyfan",
  "session.print.warningTitle": "Ddylai plentyn ddim cadw cynllun ysgrifenedig.",
  "session.print.warningText":
    "Os bydd rhywun yn dod o hyd iddo, gallai'r plentyn fod mewn perygl. Argraffwch y cynllun cyfan ar gyfer eich cofnodion eich hun yn unig, a'i gadw yn eich swyddfa. Rhowch y cerdyn rhifau ffôn yn unig i'r plentyn.",
  "session.print.forRecords": "Argraffu ar gyfer fy nghofnodion",
};
