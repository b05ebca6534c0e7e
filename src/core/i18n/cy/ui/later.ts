import type { later as en } from "../../en/ui/later";
import type { Translation } from "../../types";

export const later: Translation<typeof en> = {
  "workspace.stale.title": "Mae fersiwn mwy newydd o'r cynllun hwn wedi'i gadw ar y ddyfais hon.",
  "workspace.stale.text":
    "Mae eich newidiadau diweddaraf yn y tab hwn yn dal ar y sgrin, ond dydyn nhw ddim wedi'u cadw, fel nad ydyn nhw'n ysgrifennu dros y cynllun mwy newydd.",
  "workspace.stale.keepMine": "Cadw fy un i fel copi, wrth ymyl y cynllun mwy newydd",
  "workspace.stale.showNewer": "Dangos y cynllun mwy newydd (colli fy newidiadau yma)",

  "workspace.leave.title": "Gadael a chlirio'r hyn a ysgrifennoch chi?",
  "workspace.leave.savedAsFile":
    "Mae eich copi wedi'i gloi wedi'i gadw fel ffeil. Mae gadael yn dal i glirio'r sgrin hon, ond mae'r ffeil yn cadw popeth.",
  "workspace.leave.wouldLose":
    "Mae mynd i {where} yn clirio'r sgrin hon. Dydy'r atebion hyn ddim wedi'u cadw yn unman eto, a bydden nhw'n cael eu colli: {answers}.",
  "workspace.leave.linkName": "‘{label}’",
  "workspace.leave.thatPage": "y dudalen honno",
  "workspace.leave.stay": "Aros",
  "workspace.leave.saveFirst": "Cadw copi yn gyntaf",
  "workspace.leave.leave": "Gadael a chlirio",

  "workspace.numbers.title": "Rhifau ffôn am help",
  "workspace.numbers.intro":
    "Mae eich cynllun yn aros fel y mae y tu ôl i'r panel hwn. Os ydych chi mewn perygl nawr, ffoniwch 999. Ar ffôn symudol, os na allwch chi siarad, pwyswch 55 pan ofynnir i chi.",
  "workspace.numbers.back": "Yn ôl i fy nghynllun",
  "workspace.numbers.forChildren": "I blant a phobl ifanc",
  "workspace.numbers.backToPractice": "Yn ôl i'r ymarfer",
  "workspace.numbers.practising":
    "Rwyt ti'n ymarfer, felly does dim byd yma'n gallu ffonio neb. Dyna pam nad yw'r rhifau ar y sgrin hon. Os wyt ti mewn perygl go iawn, defnyddia ffôn i ffonio 999. Mae dy rifau yn dy gynllun.",

  "workspace.notice.updated": "Cafodd y cynllun hwn ei newid mewn tab arall. Rydych chi'n gweld y fersiwn mwy newydd.",
  "workspace.notice.lockedElsewhere": "Cafodd ei gloi mewn tab arall.",
  "workspace.notice.deletedElsewhere": "Cafodd popeth oedd wedi'i gadw ar y ddyfais hon ei ddileu mewn tab arall.",
  "workspace.notice.replacedElsewhere":
    "Mae'r cynllun sydd wedi'i gadw ar y ddyfais hon wedi newid, a dydy e ddim yn agor bellach gyda'r cyfrinymadrodd a ddefnyddiwyd yn y tab hwn. Dydy'r hyn sydd ar y sgrin hon ddim wedi'i gadw yno: cadwch gopi fel ffeil i'w gadw.",
  "workspace.notice.gone":
    "Dydy'r cynllun oedd wedi'i gadw ar y ddyfais hon ddim yno bellach. Dydy'r hyn sydd ar y sgrin hon ddim wedi'i gadw yn unman eto: gallwch ei gadw ar y ddyfais hon eto, neu gadw copi fel ffeil.",
  "workspace.notice.keptCopies":
    "Mae'r cynllun mwy newydd ar agor, ac mae eich newidiadau o'r tab hwn wedi'u cadw wrth ei ymyl fel copïau.",
  "workspace.notice.notLockedSaveFailed":
    "Doedd dim modd cadw eich newidiadau diweddaraf ar y ddyfais hon, felly maen nhw'n cael eu cadw nes i chi ei agor eto.",
};
