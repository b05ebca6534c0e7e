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
};
