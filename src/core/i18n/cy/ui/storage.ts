import type { storage as en } from "../../en/ui/storage";
import type { Translation } from "../../types";

export const storage: Translation<typeof en> = {
  "storage.close": "Cau",
  "storage.cancel": "Canslo",
  "storage.locking": "Wrthi'n cloi…",
  "storage.opening": "Wrthi'n agor…",
  "storage.nothingChanged": "Does dim byd ar y sgrin hon wedi newid.",
  "storage.browserFailed":
    "Doedd y porwr hwn ddim yn gallu gorffen hynny, felly does dim byd wedi newid. Rhowch gynnig arall arni.",
  "storage.loadFailed":
    "Doedd y rhan hon ddim yn gallu llwytho. Gwiriwch eich cysylltiad a rhowch gynnig arall arni: does dim byd rydych chi wedi'i ysgrifennu wedi'i golli.",
  "storage.savedLocked": "Wedi'i gadw a'i gloi ar y ddyfais hon.",
  "storage.saveAndLock": "Cadw a chloi",
  "storage.deleteQuestion": "Dileu popeth sydd wedi'i gadw ar y ddyfais hon?",
  "storage.yesDelete": "Ie, dileu popeth",
  "storage.noKeep": "Na, ei gadw",

  "storage.keep.title": "Cadw eich cynllun",
  "storage.keep.unavailable":
    "Dydy'r porwr hwn ddim yn gadael i wefannau gadw ar y ddyfais (mae rhai ffenestri preifat yn rhwystro hyn). Gallwch chi ysgrifennu eich cynllun yma o hyd, ei argraffu, neu gadw copi wedi'i gloi fel ffeil.",
  "storage.keep.lockedHere": "Mae cynllun wedi'i gloi eisoes wedi'i gadw ar y ddyfais hon.",
  "storage.keep.openIt": "Ei agor",
  "storage.keep.saveOnDevice": "Cadw ar y ddyfais hon",
  "storage.keep.lockNow": "Cloi nawr",
  "storage.keep.saveCopy": "Cadw copi",
  "storage.keep.openCopy": "Agor copi wedi'i gadw",
  "storage.keep.toPhone": "Symud i ffôn",
  "storage.keep.deleteEverything": "Dileu popeth ar y ddyfais hon",
  "storage.where.screenTitle": "Yn cael ei gadw ar y sgrin hon yn unig.",
  "storage.where.screenText":
    "Mae symud rhwng eich cynlluniau yn ei gadw; mae botwm Yn ôl y porwr, ail-lwytho'r dudalen hon, cau'r tab neu ddefnyddio Gadael yn ei glirio.",
};
