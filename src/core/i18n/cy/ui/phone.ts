import type { phone as en } from "../../en/ui/phone";
import type { Translation } from "../../types";

export const phone: Translation<typeof en> = {
  "phone.title": "Trosglwyddo i ffôn",
  "phone.titleOwn": "Symud i ffôn",
  "phone.introOwn":
    "Mae'ch cynlluniau'n mynd i'r ffôn fel cyfres o godau ar y sgrin hon. Does dim byd yn cael ei gadw ar y ddyfais hon a does dim byd yn cael ei anfon i unman. Dewiswch gyfrinymadrodd: byddwch chi'n ei deipio eto ar y ffôn.",
  "phone.intro":
    "Mae'r cynlluniau'n mynd i'r ffôn fel cyfres o godau ar y sgrin hon. Does dim byd yn cael ei gadw ar y cyfrifiadur hwn a does dim byd yn cael ei anfon i unman. Gadewch i'r person ddewis y cyfrinymadrodd a'i deipio yma ei hun, yn hytrach na'i ddweud yn uchel.",
  "phone.lock": "Cloi a dangos y codau",
  "phone.locking": "Wrthi'n cloi…",
  "phone.stepAddress":
    "1. Ar y ffôn, agorwch y camera a'i bwyntio at y cod hwn. Mae'n agor y dudalen sy'n derbyn y cynlluniau.",
  "phone.addressLabel": "Cod ar gyfer cyfeiriad y dudalen sy'n derbyn",
  "phone.showCodes": "Mae'r dudalen ar agor ar y ffôn: dangos y cynlluniau",
  "phone.stepCodes":
    "2. Ar y ffôn, dewiswch Dechrau'r camera, a daliwch y ffôn fel bod y codau hyn yn llenwi'r rhan fwyaf o'i sgrin. Daliwch ati nes bod y ffôn yn dweud bod popeth ganddo.",
  "phone.codesLabel": "Codau sy'n newid ac sy'n dal y cynlluniau wedi'u cloi",
  "phone.pace": "{count} darn. Mae pob cod yn gymysgedd newydd, felly does dim ots os bydd un yn cael ei golli.",
  "phone.slower": "Defnyddio codau arafach a mwy",
  "phone.faster": "Mynd yn ôl i'r cyflymder arferol",
  "phone.showAddress": "Dangos cod y cyfeiriad eto",
  "phone.close": "Stopio a chau",
  "phone.tooBig": "Mae'r cynlluniau hyn yn rhy fawr i'w trosglwyddo fel hyn. Gwnewch ffeil wedi'i chloi yn lle hynny.",
  "phone.failed": "Doedd dim modd gwneud y codau yn y porwr hwn. Gwnewch ffeil wedi'i chloi yn lle hynny.",
  "phone.receive.start": "Dechrau'r camera",
  "phone.receive.why":
    "Dim ond ar y dudalen hon y mae'r camera'n cael ei ddefnyddio, dim ond i ddarllen y codau, ac mae'n stopio cyn gynted ag y bydd y cyfan wedi dod. Does dim byd yn cael ei recordio na'i anfon.",
  "phone.receive.starting": "Wrthi'n gofyn am y camera…",
  "phone.receive.videoLabel": "Beth mae'r camera'n ei weld",
  "phone.receive.aim":
    "Pwyntiwch y camera at y codau ar y sgrin arall, fel eu bod yn llenwi'r rhan fwyaf o'r sgrin hon.",
  "phone.receive.looking": "Wrthi'n chwilio am y codau…",
  "phone.receive.progress": "Wedi darllen {have} o {need} darn.",
  "phone.receive.stop": "Stopio'r camera",
  "phone.receive.denied":
    "Chafodd y porwr hwn ddim defnyddio'r camera. I roi cynnig arall arni, caniatewch y camera ar gyfer y wefan hon yng ngosodiadau'r porwr, yna dewiswch Dechrau'r camera. Neu defnyddiwch un o'r ffyrdd eraill isod.",
  "phone.receive.noCamera":
    "Dydy'r porwr hwn ddim yn gallu dod o hyd i gamera y caiff ei ddefnyddio. Defnyddiwch un o'r ffyrdd eraill isod.",
  "phone.receive.cameraFailed":
    "Wnaeth y camera ddim dechrau. Caewch unrhyw ap arall sy'n ei ddefnyddio a rhowch gynnig arall arni, neu defnyddiwch un o'r ffyrdd eraill isod.",
  "phone.receive.mismatch":
    "Doedd rhywfaint o'r hyn a ddarllenodd y camera ddim yn iawn, felly mae'n dechrau eto. Cadwch y camera ar y codau.",
  "phone.receive.notPlans":
    "Cafodd y codau eu darllen, ond dydyn nhw ddim yn dal cynlluniau wedi'u cloi o'r wefan hon. Chafodd dim byd ei agor.",
  "phone.receive.allIn": "Mae popeth wedi dod ac wedi'i wirio. Mae'r camera wedi'i ddiffodd.",
  "phone.receive.passIntro": "Teipiwch y cyfrinymadrodd a gafodd ei ddewis ar y sgrin arall.",
  "phone.receive.open": "Agor",
  "phone.receive.holds": "Mae hwn yn dal: {plans}.",
  "phone.receive.keepNote":
    "Dydyn nhw ddim wedi'u cadw ar y ffôn hwn eto. Ar y dudalen nesaf, dewiswch {button} i'w cadw wedi'u cloi yma gyda chyfrinymadrodd. Tan hynny, mae cau'r dudalen yn eu clirio.",
  "phone.receive.openPlans": "Agor y cynlluniau",
  "phone.receive.carryFailed":
    "Wnaeth y porwr hwn ddim gadael i'r cynlluniau symud i'r dudalen nesaf. Gofynnwch am ffeil wedi'i chloi yn lle hynny.",
};
