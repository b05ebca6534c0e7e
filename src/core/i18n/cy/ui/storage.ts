import type { storage as en } from "../../en/ui/storage";
import type { Translation } from "../../types";

export const storage: Translation<typeof en> = {
  "storage.close": "Cau",
  "storage.cancel": "Canslo",
  "storage.locking": "Wrthi'n cloi…",
  "storage.opening": "Wrthi'n agor…",
  "storage.nothingChanged": "Does dim byd ar y sgrin hon wedi newid.",
  "storage.nothingLost": "Does dim byd wedi'i golli.",
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
  "storage.keep.deleteEverything": "Dileu popeth ar y ddyfais hon",
  "storage.keep.enableUnavailable":
    "Dydy'r porwr hwn ddim yn gadael i wefannau gadw ar y ddyfais (mae rhai ffenestri preifat yn rhwystro hyn). Mae eich cynllun yma o hyd. Gallwch gadw copi wedi'i gloi fel ffeil yn lle hynny.",
  "storage.keep.enableFailed":
    "Doedd y porwr hwn ddim yn gadael i ni gadw. Mae eich cynllun yma ar y sgrin o hyd. Gallech chi gadw copi fel ffeil yn lle hynny.",
  "storage.keep.clashTitle": "Mae cynllun eisoes wedi'i gadw ar y ddyfais hon, wedi'i gloi.",
  "storage.keep.clashText":
    "Does dim byd wedi'i ddisodli, ac mae'r hyn sydd ar y sgrin hon yma o hyd. Gallwch agor y cynllun sydd wedi'i gadw (mae'r hyn sydd ar y sgrin yn cael ei gadw wrth ei ochr), neu ddisodli'r cynllun sydd wedi'i gadw â'r hyn sydd ar y sgrin.",
  "storage.keep.openSaved": "Agor y cynllun sydd wedi'i gadw",
  "storage.keep.replaceSaved": "Disodli'r cynllun sydd wedi'i gadw (caiff ei ddileu)",
  "storage.keep.replaced": "Wedi'i gadw a'i gloi ar y ddyfais hon, yn lle'r cynllun blaenorol.",
  "storage.keep.saveTitle": "Cadw ar y ddyfais hon, wedi'i gloi",
  "storage.keep.saveText": {
    one: "Bydd eich cynllun yn cael ei gloi â chyfrinymadrodd a'i gadw yn y porwr hwn. Mae pob newid yn cadw ei hun. Mae'n cloi ei hun ar ôl 1 munud heb ei ddefnyddio, pan fyddwch chi'n defnyddio Gadael, a phan fyddwch chi'n dewis \"Cloi nawr\". Gallai unrhyw un sy'n defnyddio'r ddyfais hon weld bod rhywbeth wedi'i gadw, ond nid ei ddarllen.",
    other:
      "Bydd eich cynllun yn cael ei gloi â chyfrinymadrodd a'i gadw yn y porwr hwn. Mae pob newid yn cadw ei hun. Mae'n cloi ei hun ar ôl {count} munud heb ei ddefnyddio, pan fyddwch chi'n defnyddio Gadael, a phan fyddwch chi'n dewis \"Cloi nawr\". Gallai unrhyw un sy'n defnyddio'r ddyfais hon weld bod rhywbeth wedi'i gadw, ond nid ei ddarllen.",
  },
  "storage.keep.deleteText":
    "Mae'r cynllun ar y sgrin hon yn cael ei glirio hefyd. Does dim modd dadwneud hyn. Dydy copïau sydd wedi'u cadw fel ffeiliau ddim yn cael eu heffeithio.",
  "storage.keep.deleted": "Mae popeth a gadwyd ar y ddyfais hon wedi'i ddileu.",
  "storage.keep.openedReplace":
    "Mae'r copi a gadwyd ar agor: {plans}. Defnyddiwch “Eich cynlluniau” ar y brig i symud rhyngddyn nhw.",
  "storage.keep.openedBeside":
    "Mae'r copi a gadwyd ar agor wrth ochr yr hyn oedd gennych chi: {plans}. Defnyddiwch “Eich cynlluniau” ar y brig i symud rhyngddyn nhw.",

  "storage.where.savingText": {
    one: "Mae newidiadau'n cael eu cadw wrth i chi deipio, ar gyfer eich holl gynlluniau. Mae'n cloi ei hun ar ôl 1 munud heb ei ddefnyddio, a phan fyddwch chi'n defnyddio Gadael.",
    other:
      "Mae newidiadau'n cael eu cadw wrth i chi deipio, ar gyfer eich holl gynlluniau. Mae'n cloi ei hun ar ôl {count} munud heb ei ddefnyddio, a phan fyddwch chi'n defnyddio Gadael.",
  },
  "storage.where.screenTitle": "Yn cael ei gadw ar y sgrin hon yn unig.",
  "storage.where.screenText":
    "Mae symud rhwng eich cynlluniau yn ei gadw; mae ail-lwytho'r dudalen hon, cau'r tab neu ddefnyddio Gadael yn ei glirio.",
};
