import type { forms as en } from "../../en/ui/forms";
import type { Translation } from "../../types";

export const forms: Translation<typeof en> = {
  "storage.error.wrongPassphrase":
    "Wnaeth y cyfrinymadrodd hwnnw ddim ei agor. Gwiriwch am gamgymeriadau teipio, priflythrennau a bylchau, a rhowch gynnig arall arni. Os nad yw'n agor o hyd, efallai fod yr hyn a gadwyd wedi'i ddifrodi.",
  "storage.error.notPlanFile": "Nid copi wedi'i gadw o'r wefan hon yw hwn, felly does dim modd ei agor yma.",
  "storage.error.newerVersion":
    "Cafodd hwn ei gadw gan fersiwn mwy newydd o'r wefan hon, felly all y fersiwn hon ddim ei agor. Gofynnwch i'r sefydliad sy'n rhedeg y wefan ei diweddaru.",
  "storage.error.tooLarge": "Mae'r ffeil hon yn rhy fawr i fod yn gopi wedi'i gadw o'r wefan hon.",
  "storage.error.damaged": "Mae'r ffeil hon wedi'i difrodi, felly does dim modd ei hagor.",
  "storage.error.notBundle":
    "Agorodd hwn, ond nid cynllun o'r wefan hon sydd y tu mewn iddo, felly chafodd dim byd ei lwytho.",
  "storage.error.invalid":
    "Agorodd hwn, ond dydy rhywfaint o'r hyn sydd y tu mewn iddo ddim yn edrych yn iawn, felly chafodd dim byd ei lwytho, i fod yn ddiogel.",
  "storage.error.missing": "Does dim cynllun wedi'i gadw ar y ddyfais hon bellach, felly does dim byd i'w agor yma.",
  "storage.error.storageFailed":
    "Doedd y porwr hwn ddim yn gadael i ni ddarllen yr hyn sydd wedi'i gadw. Rhowch gynnig arall arni, neu caewch dabiau eraill y wefan hon yn gyntaf.",

  "storage.pass.choose": "Dewiswch gyfrinymadrodd",
  "storage.pass.label": "Cyfrinymadrodd",
  "storage.pass.hint":
    "Mae ychydig o eiriau sydd ddim yn perthyn i'w gilydd yn hawdd eu cofio ac yn anodd eu dyfalu. All neb ei ailosod i chi, felly cadwch ef yn rhywle diogel, neu yn eich pen. Os yw'r porwr yn cynnig ei gadw, dewiswch “Byth”.",
  "storage.pass.suggest": "Awgrymu un i mi",
  "storage.pass.suggestQuoted": "“Awgrymu un i mi”",
  "storage.pass.suggestLatin": "Awgrymu un mewn llythrennau Saesneg",
  "storage.pass.suggested":
    "Eich cyfrinymadrodd yw: {words}. Dysgwch ef nawr. Os byddwch yn ei ysgrifennu, cadwch ef lle na fydd neb arall yn dod o hyd iddo, byth gyda'r cynllun.",
  "storage.pass.larger": "Dangos yn fwy",
  "storage.pass.suggestedNote":
    "Geiriau Cymraeg heb acenion ydyn nhw, gyda'r llythrennau a i z yn unig, felly maen nhw'n cael eu teipio yr un fath ar unrhyw ffôn neu fysellfwrdd. Teipiwch bob gair yn union fel y mae yma.",
  "storage.pass.suggestedNoteLatin":
    "Geiriau Saesneg ydyn nhw, gyda'r llythrennau a i z yn unig, felly maen nhw'n cael eu teipio yr un fath ar unrhyw ffôn neu fysellfwrdd.",
  "storage.pass.again": "Teipiwch y cyfrinymadrodd eto",
  "storage.pass.show": "Dangos y cyfrinymadrodd",
  "storage.pass.typeFirst": "Teipiwch gyfrinymadrodd yn gyntaf.",
  "storage.pass.notSame": "Dydy'r ddau gyfrinymadrodd ddim yr un fath. Teipiwch ef eto yn y ddau flwch.",
  "storage.pass.mustDiffer":
    "Defnyddiwch gyfrinymadrodd gwahanol i'r un ar y copi cyntaf, fel bod gan bob person ei un ei hun.",
  "storage.pass.tooEasy": "Byddai'r cyfrinymadrodd hwnnw'n rhy hawdd i rywun arall ei ddyfalu.",
  "storage.pass.orUse": "Neu defnyddiwch {button}.",

  "storage.strength.tooEasy": "Rhy hawdd ei ddyfalu",
  "storage.strength.weak": "Gwan",
  "storage.strength.fair": "Gweddol",
  "storage.strength.good": "Da",
  "storage.strength.strong": "Cryf",
  "storage.advice.empty": "Teipiwch gyfrinymadrodd, neu defnyddiwch {button}.",
  "storage.advice.common": "Mae hwn yn defnyddio cyfrinair cyffredin iawn, felly byddai'n cael ei ddyfalu'n gyflym.",
  "storage.advice.personal":
    "Mae enwau a dyddiadau, fel pen-blwydd neu flwyddyn, yn hawdd eu dyfalu i rywun sy'n eich adnabod.",
  "storage.advice.pattern": "Mae ailadrodd, rhediadau fel “abcd” neu “1234”, a blynyddoedd yn hawdd eu dyfalu.",
  "storage.advice.shortButStrong":
    "Mae hwnna'n gymysgedd da – y cyfan sydd ei angen yw ei fod o leiaf {min} nod o hyd.",
  "storage.advice.short":
    "Ceisiwch ei wneud ychydig yn hirach – o leiaf {min} nod. Mae pedwar gair neu fwy sydd ddim yn perthyn i'w gilydd yn gweithio'n dda, neu defnyddiwch {button}.",
  "storage.advice.commonWords":
    "Mae'r geiriau hyn yn gyffredin, felly maen nhw'n dal yn hawdd eu dyfalu gyda'i gilydd.",
  "storage.advice.tryRarer":
    "Rhowch gynnig ar eiriau llai cyffredin sydd ddim yn perthyn i'w gilydd, neu defnyddiwch {button}.",
  "storage.advice.weak":
    "Rhowch gynnig ar bedwar gair neu fwy sydd ddim yn perthyn i'w gilydd, neu defnyddiwch {button}.",
  "storage.advice.fair":
    "Bron yno. Byddai gair neu ddau arall sydd ddim yn perthyn yn ei wneud yn llawer anoddach i'w ddyfalu.",
  "storage.advice.good": "Mae hwnna'n gyfrinymadrodd da. Gwnewch yn siŵr y byddwch chi'n ei gofio.",
  "storage.advice.strong": "Gwych – byddai hwnna'n anodd iawn ei ddyfalu. Gwnewch yn siŵr y byddwch chi'n ei gofio.",

  "storage.export.tooMuch":
    "Mae hynny'n ormod i un ffeil. Cadwch rai cynlluniau ar eu pen eu hunain, neu byrhewch rai atebion. Does dim byd ar y sgrin hon wedi newid.",
  "storage.export.failed": "Doedd dim modd gwneud y copi yn y porwr hwn. Does dim byd ar y sgrin hon wedi newid.",
  "storage.export.title": "Cadw copi wedi'i gloi fel ffeil",
  "storage.export.titlePro": "Ffeil y person, wedi'i chloi",
  "storage.export.intro":
    "Mae'r ffeil wedi'i chloi â'r cyfrinymadrodd rydych chi'n ei ddewis yma, a gall fod yn wahanol i unrhyw un arall. Gallwch ei chadw ar gof bach, ei hanfon atoch chi'ch hun mewn e-bost, neu ei rhoi i weithiwr cymorth i'w chadw i chi.",
  "storage.export.introPro":
    "Gofynnwch i'r person ddewis y cyfrinymadrodd a'i deipio yma eu hunain. Os byddwch chi'n ei deipio ar eu rhan, gwnewch yn siŵr eu bod yn ei wybod, a pheidiwch byth â'i ysgrifennu yn yr un lle â'r ffeil.",
  "storage.export.download": "Llwytho'r copi wedi'i gloi i lawr",
  "storage.export.downloadPro": "Llwytho copi'r person i lawr",
  "storage.export.doneTitle": "Mae eich copi wedi'i gloi yn llwytho i lawr",
  "storage.export.doneText":
    "Chwiliwch amdano yn eich ffolder lawrlwythiadau. Dim ond â'r cyfrinymadrodd a ddewisoch chi y mae'n agor. Os nad yw'r ffolder lawrlwythiadau yn ddiogel, symudwch neu dilëwch y ffeil ar ôl i chi ei chadw yn rhywle arall.",
  "storage.export.second": "Gwneud ail gopi i weithiwr cymorth",
  "storage.export.secondPro": "Gwneud ail gopi i'm cofnodion",
  "storage.export.secondIntro":
    "Mae gan gopi'r gweithiwr cymorth ei gyfrinymadrodd ei hun, felly gallan nhw agor eu copi nhw heb wybod eich un chi. Dywedwch y cyfrinymadrodd yn uchel wrthyn nhw, byth yn yr un neges â'r ffeil.",
  "storage.export.secondIntroPro":
    "Mae gan eich copi chi ei gyfrinymadrodd ei hun, yn wahanol i un y person, felly does dim un cyfrinymadrodd yn agor y ddwy ffeil. Cadwch ef yng nghofnodion eich sefydliad.",
  "storage.export.downloadSecond": "Llwytho copi'r gweithiwr cymorth i lawr",
  "storage.export.downloadSecondPro": "Llwytho fy nghopi i lawr",
  "storage.export.secondDone": "Mae'r ail gopi yn llwytho i lawr hefyd.",

  "storage.import.unreadable": "Doedd dim modd darllen y ffeil honno.",
  "storage.import.chooseFile": "Dewiswch y ffeil",
  "storage.import.dragHint": "Neu llusgwch y ffeil yma.",
  "storage.import.openThis": "Agor y copi hwn",
  "storage.import.holds": "Mae'r copi ar agor. Mae'n cynnwys {plans}.",
  "storage.import.alreadyHave": "Mae gennych chi atebion ar y sgrin hon yn barod. Beth hoffech chi ei wneud?",
  "storage.import.alreadyHaveHeld":
    "Mae gennych chi atebion ar y sgrin hon yn barod: {held}. Beth hoffech chi ei wneud?",
  "storage.import.replacesSaved": "Mae disodli hefyd yn disodli'r cynllun sydd wedi'i gadw ar y ddyfais hon.",
  "storage.import.replace": "Disodli popeth yma",
  "storage.import.keepBoth": "Cadw'r ddau",

  "storage.unlock.title": "Wedi'i gloi",
  "storage.unlock.intro": "Rhowch eich cyfrinymadrodd i agor yr hyn a gadwoch chi ar y ddyfais hon.",
  "storage.unlock.open": "Agor",
  "storage.unlock.forgot": "Wedi anghofio eich cyfrinymadrodd?",
  "storage.unlock.forgotText":
    "All neb ei agor heb y cyfrinymadrodd, dim hyd yn oed y bobl sy'n rhedeg y wefan hon. Dyna sy'n ei gadw'n breifat. Os na allwch chi ei gofio, gallwch ddileu'r hyn sydd wedi'i gadw a dechrau eto.",
  "storage.unlock.cannotUndo": "Does dim modd dadwneud hyn.",
  "storage.unlock.deleteAndStart": "Dileu popeth a dechrau eto",
  "storage.unlock.continueWithout": "Parhau heb ei agor",
  "storage.unlock.continueNote": "(mae'r hyn a gadwoch chi yn aros wedi'i gloi, a does dim byd newydd yn cael ei gadw)",
  "storage.save.unavailable":
    "Dydy'r porwr hwn ddim yn gadael i wefannau gadw ar y ddyfais (mae rhai ffenestri preifat yn rhwystro hyn). Mae eich cynllun yma o hyd. Gallwch gadw copi wedi'i gloi fel ffeil yn lle hynny.",
  "storage.save.failed":
    "Doedd y porwr hwn ddim yn gadael i ni gadw. Mae eich cynllun yma ar y sgrin o hyd. Gallech chi gadw copi fel ffeil yn lle hynny.",
  "storage.save.clashTitle": "Mae cynllun eisoes wedi'i gadw ar y ddyfais hon, wedi'i gloi.",
  "storage.save.clashText":
    "Does dim byd wedi'i ddisodli, ac mae'r hyn sydd ar y sgrin hon yma o hyd. Gallwch agor y cynllun sydd wedi'i gadw (mae'r hyn sydd ar y sgrin yn cael ei gadw wrth ei ochr), neu ddisodli'r cynllun sydd wedi'i gadw â'r hyn sydd ar y sgrin.",
  "storage.save.openSaved": "Agor y cynllun sydd wedi'i gadw",
  "storage.save.replaceSaved": "Disodli'r cynllun sydd wedi'i gadw (caiff ei ddileu)",
  "storage.save.replaced": "Wedi'i gadw a'i gloi ar y ddyfais hon, yn lle'r cynllun blaenorol.",
  "storage.save.title": "Cadw ar y ddyfais hon, wedi'i gloi",
  "storage.save.text": {
    one: "Bydd eich cynllun yn cael ei gloi â chyfrinymadrodd a'i gadw yn y porwr hwn. Mae pob newid yn cadw ei hun. Mae'n cloi ei hun ar ôl 1 munud heb ei ddefnyddio, pan fyddwch chi'n defnyddio Gadael, a phan fyddwch chi'n dewis \"Cloi nawr\". Gallai unrhyw un sy'n defnyddio'r ddyfais hon weld bod rhywbeth wedi'i gadw, ond nid ei ddarllen.",
    other:
      "Bydd eich cynllun yn cael ei gloi â chyfrinymadrodd a'i gadw yn y porwr hwn. Mae pob newid yn cadw ei hun. Mae'n cloi ei hun ar ôl {count} munud heb ei ddefnyddio, pan fyddwch chi'n defnyddio Gadael, a phan fyddwch chi'n dewis \"Cloi nawr\". Gallai unrhyw un sy'n defnyddio'r ddyfais hon weld bod rhywbeth wedi'i gadw, ond nid ei ddarllen.",
  },
  "storage.delete.text":
    "Mae'r cynllun ar y sgrin hon yn cael ei glirio hefyd. Does dim modd dadwneud hyn. Dydy copïau sydd wedi'u cadw fel ffeiliau ddim yn cael eu heffeithio.",
  "storage.delete.done": "Mae popeth a gadwyd ar y ddyfais hon wedi'i ddileu.",
  "storage.delete.traces":
    "Gall porwr gadw hen gopïau wedi'u cloi yn ei ffeiliau ei hun am ychydig ar ôl dileu. Dim ond gyda'ch cyfrinymadrodd y mae modd eu hagor o hyd. Yna mae'r wefan hon yn gofyn i'r porwr eu clirio. I fod yn siŵr, gallwch hefyd glirio data'r wefan hon yng ngosodiadau eich porwr.",
  "storage.import.openedReplace":
    "Mae'r copi a gadwyd ar agor: {plans}. Defnyddiwch “Eich cynlluniau” ar y brig i symud rhyngddyn nhw.",
  "storage.import.openedBeside":
    "Mae'r copi a gadwyd ar agor wrth ochr yr hyn oedd gennych chi: {plans}. Defnyddiwch “Eich cynlluniau” ar y brig i symud rhyngddyn nhw.",

  "storage.save.savingText": {
    one: "Mae newidiadau'n cael eu cadw wrth i chi deipio, ar gyfer eich holl gynlluniau. Mae'n cloi ei hun ar ôl 1 munud heb ei ddefnyddio, a phan fyddwch chi'n defnyddio Gadael.",
    other:
      "Mae newidiadau'n cael eu cadw wrth i chi deipio, ar gyfer eich holl gynlluniau. Mae'n cloi ei hun ar ôl {count} munud heb ei ddefnyddio, a phan fyddwch chi'n defnyddio Gadael.",
  },
};
