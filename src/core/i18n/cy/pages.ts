import type { pages as en } from "../en/pages";
import type { Translation } from "../types";

export const pages: Translation<typeof en> = {
  "layout.description": "Gwnewch gynllun, yn eich amser eich hun, ar eich dyfais eich hun.",
  "layout.skipLink": "Neidio i'r prif gynnwys",
  "layout.languages": "Ieithoedd eraill",
  "layout.nav": "Y wefan",
  "layout.navHome": "Hafan",
  "layout.navNumbers": "Rhifau ffôn",
  "layout.navOnline": "Cadw'n ddiogel ar-lein",
  "layout.navAbout": "Amdanom",
  "layout.footerPrivacy":
    "Does dim byd rydych chi'n ei deipio yma yn cael ei anfon i unman. [Sut rydyn ni'n trin eich gwybodaeth](/about/).",
  "layout.footerRunBy": "Yn cael ei rhedeg gan {name}. {contact}",
  "quickExit.label": "Gadael y dudalen hon",
  "quickExit.pressesLeft": {
    zero: "Shift: pwyswch {count} gwaith eto i adael",
    one: "Shift: pwyswch unwaith eto i adael",
    two: "Shift: pwyswch ddwywaith eto i adael",
    other: "Shift: pwyswch {count} gwaith eto i adael",
  },
  "quickExit.expired": "Shift: mae'r llwybr byr i adael wedi dod i ben",
  "quickExit.tabTitle": "Tab Newydd",
  "quickExit.noticeTitle": "Gadael y wefan hon yn gyflym",
  "quickExit.notice":
    "Dewiswch **Gadael y dudalen hon**, neu pwyswch y fysell **Shift** 3 gwaith, i adael ar unwaith. Mae'r dudalen yn mynd yn wag ac mae gwefan bob dydd yn agor yn ei lle. [Beth mae'r botwm gadael yn ei guddio, a beth nad yw'n ei guddio](/staying-safe-online/).",
  "quickExit.noticeDismiss": "Iawn, cuddio hwn",
  "organisation.placeholderName": "Y sefydliad sy'n rhedeg y wefan hon",
  "organisation.placeholderContact": "Gofynnwch i'r person a roddodd y cyfeiriad hwn i chi.",
  "home.title": "Hafan",
  "home.heading": "Gwnewch gynllun, yn eich amser eich hun",
  "home.lead":
    "Mae {siteName} yn eich helpu i feddwl sut i gadw'n fwy diogel gartref, a beth i'w wneud os oes angen i chi adael. Gallwch chi hepgor unrhyw gwestiwn, dod yn ôl at unrhyw beth, ac argraffu eich cynllun os ydych chi eisiau.",
  "home.dangerNow": "**Os ydych chi mewn perygl nawr, ffoniwch 999.**",
  "home.silent":
    "Os na allwch chi siarad ar ffôn symudol, deialwch 999, gwrandewch, yna pwyswch 55. [Rhagor o rifau ffôn am help](/help/).",
  "home.chooseStart": "Dewiswch ble i ddechrau",
  "home.adult.title": "Fy nghynllun diogelwch",
  "home.adult.text":
    "Meddyliwch am beth sy'n eich cadw chi a'ch plant yn fwy diogel, p'un a ydych chi'n aros neu'n gadael.",
  "home.checklist.title": "Pethau i fynd gyda fi os ydw i'n gadael",
  "home.checklist.text":
    "Rhestr o ddogfennau, arian, allweddi, meddyginiaeth a phethau eraill, i'w pacio neu i'w cadw'n ddiogel.",
  "home.youngPerson.title": "Cynllun i bobl ifanc",
  "home.youngPerson.text": "I bobl ifanc yn eu harddegau, i'w wneud gydag oedolyn maen nhw'n ymddiried ynddo.",
  "home.child.title": "Cynllun i blant",
  "home.child.text": "Camau mawr, syml i'w hymarfer gydag oedolyn dibynadwy.",
  "home.professionals.title": "I weithwyr proffesiynol",
  "home.professionals.text":
    "Cynllunio gyda'r cartref cyfan mewn un sesiwn, trosglwyddo'n ddiogel a gadael dim byd ar ôl.",
  "home.neverHeading": "Beth nad yw'r wefan hon byth yn ei wneud",
  "home.never": [
    "Nid yw byth yn anfon yr hyn rydych chi'n ei deipio i unman. Does dim cyfrif, a dim gweinydd sy'n cadw cynlluniau.",
    "Nid yw'n cadw dim ar y ddyfais hon oni bai eich bod chi'n dewis cadw, ac yna mae wedi'i gloi gyda chyfrinymadrodd mai dim ond chi sy'n ei wybod.",
    "Nid yw'n defnyddio tracio, hysbysebion na gwasanaethau allanol, felly does dim cwmni arall yn dod i wybod eich bod chi wedi bod yma.",
  ],
  "home.notYourFault":
    "Gall cynllun leihau'r risg, ond ni all addo y byddwch chi'n ddiogel. Nid eich bai chi yw'r hyn sy'n digwydd, a does dim rhaid i chi wneud hyn ar eich pen eich hun: [pobl sy'n gallu helpu](/help/).",
  "home.moreLinks":
    "[Sut i gadw'n fwy diogel ar-lein](/staying-safe-online/), gan gynnwys beth mae'r botwm **Gadael y dudalen hon** yn ei wneud. [Sut rydyn ni'n trin eich gwybodaeth](/about/).",
  "about.title": "Amdanom",
  "about.heading": "Sut rydyn ni'n trin eich gwybodaeth",
  "about.lead":
    "Mae popeth yn digwydd yn eich porwr, ar y ddyfais hon. Does dim cyfrif, a dim gweinydd sy'n derbyn nac yn cadw'r hyn rydych chi'n ei ysgrifennu.",
  "about.keptHeading": "Beth sy'n cael ei gadw, a ble",
  "about.kept": [
    "**Tra byddwch chi'n ysgrifennu:** dim ond yng nghof y tab hwn mae eich atebion. Mae gadael y dudalen, ei hail-lwytho, cau'r tab, neu ddefnyddio'r botwm gadael yn eu clirio.",
    "**Os ydych chi'n dewis \"Cadw ar y ddyfais hon\":** mae eich cynllun yn cael ei gloi gyda chyfrinymadrodd rydych chi'n ei ddewis, ac mae'r copi wedi'i gloi yn cael ei gadw yn storfa'r porwr hwn. Heb y cyfrinymadrodd, does neb yn gallu ei ddarllen, a does neb yn gallu ei ailosod i chi.",
    "**Os ydych chi'n dewis \"Cadw copi\":** mae ffeil wedi'i chloi yn cael ei lawrlwytho. Eich un chi yw hi: gallwch chi ei chadw, ei rhoi i weithiwr cymorth, neu ei dileu.",
    "**Os ydych chi'n argraffu:** eich papur chi yw e. Cadwch e rywle lle na fydd neb yn dod o hyd iddo, neu gofynnwch i weithiwr cymorth ei gadw i chi.",
    "**Un nodyn bach ar gyfer y tab hwn:** mae'r wefan yn cofio, dim ond nes i chi gau'r tab, ei bod hi eisoes wedi dangos y nodyn am y botwm gadael i chi. Mae'r botwm gadael yn ei glirio.",
  ],
  "about.neverSentHeading": "Beth sydd byth yn cael ei anfon",
  "about.neverSent":
    "Nid yw'r wefan yn llwytho dim gan unrhyw gwmni arall: dim tracio, dim hysbysebion, dim ffontiau na lluniau o fannau eraill. Mae'r porwr yn cael gwybod i beidio ag anfon dim i unrhyw gyfeiriad arall. Yr unig adeg rydych chi'n gadael yw pan fyddwch chi'n dewis dolen: rhif ffôn, gwefan gwasanaeth ei hun, neu'r botwm gadael.",
  "about.deleteHeading": "Sut i ddileu popeth",
  "about.delete": [
    "Atebion heb eu cadw: caewch y tab, neu defnyddiwch y botwm gadael.",
    "Cynllun wedi'i gadw: agorwch e a dewiswch \"Dileu popeth ar y ddyfais hon\" ar dudalen y cynllun. Os yw wedi'i gloi a'ch bod chi wedi anghofio'r cyfrinymadrodd, dewiswch \"Wedi anghofio eich cyfrinymadrodd?\" ar y sgrin gloi. Gallwch chi hefyd glirio data'r wefan hon yng ngosodiadau eich porwr (fel arfer o dan Preifatrwydd, yna Data gwefannau).",
    "Hanes pori: gweler [sut i ddileu'r wefan hon yn unig o'ch hanes](/staying-safe-online/#history).",
  ],
  "about.accessibilityHeading": "Hygyrchedd",
  "about.accessibility":
    "[Sut cafodd y wefan hon ei gwirio o ran hygyrchedd, a beth sydd ddim yn ddigon da eto](/accessibility/).",
  "about.runByHeading": "Pwy sy'n rhedeg y wefan hon",
  "about.runBy": "{name}. {contact}",
  "about.noPromise": "Gall cynllun leihau'r risg, ond ni all addo diogelwch. Os ydych chi mewn perygl, ffoniwch 999.",
  "accessibility.title": "Hygyrchedd",
  "accessibility.lead":
    "Dylai'r wefan hon weithio i bawb: ar ffôn neu gyfrifiadur, gyda bysellfwrdd, gyda darllenydd sgrin, neu gyda'r testun yn fwy. Mae'r dudalen hon yn dweud sut cafodd hi ei gwirio, a beth sydd ddim yn ddigon da eto.",
  "accessibility.aimHeading": "Beth yw ein nod",
  "accessibility.aim":
    "Canllawiau Hygyrchedd Cynnwys y We (WCAG) 2.2, lefel AA. Mae'r wefan yn defnyddio geiriau plaen, botymau mawr, dolenni a phenawdau go iawn, ac mae'n gweithio heb lygoden. Mae tudalennau plant yn defnyddio brawddegau byr, lluniau, a Darllen yn uchel.",
  "accessibility.checkedHeading": "Sut mae'n cael ei gwirio",
  "accessibility.checkedIntro":
    "Mae'r gwiriadau hyn yn rhedeg yn awtomatig, ym mhorwr Chromium, bob tro mae'r wefan yn cael ei newid:",
  "accessibility.checks": [
    "gwiriwr hygyrchedd (axe) ar bob tudalen, ar led ffôn a chyfrifiadur, gyda lliwiau golau a thywyll;",
    "yr un gwiriwr ar bob cam o gynllun plentyn, ar y sgriniau ymarfer, ac ar gynlluniau gyda phob ateb wedi'i lenwi;",
    "mae modd cyrraedd pob dolen ar bob tudalen gyda'r fysell Tab, a'r botwm gadael yw'r peth cyntaf mae Tab yn ei gyrraedd;",
    "mae'r ddolen neidio, y botwm gadael (Enter, neu bwyso Shift dair gwaith) a'r nodyn ar yr ymweliad cyntaf yn gweithio o'r bysellfwrdd;",
    "mae modd gwneud cynllun plentyn, gan gynnwys y llun, gyda'r bysellfwrdd yn unig;",
    "mae popeth sydd wedi'i ysgrifennu i blant yn aros yn syml, i oedran darllen o tua 9 (yn Saesneg, gradd 4 neu is ar raddfa Flesch–Kincaid);",
    "mae allbrintiau'n dangos yr atebion a llinellau i ysgrifennu arnyn nhw, heb ddolenni na dewislenni'r wefan.",
  ],
  "accessibility.notYetHeading": "Beth rydyn ni'n gwybod sydd ddim yn ddigon da eto",
  "accessibility.notYet": [
    "Nid yw'r wefan wedi cael ei phrofi eto gan bobl anabl, na gyda llaw gyda darllenwyr sgrin (fel NVDA, JAWS, VoiceOver neu TalkBack) na gyda rheolaeth llais. Dim ond rhai problemau mae gwiriadau awtomatig yn eu canfod.",
    "Dim ond yn Chromium mae'r gwiriadau awtomatig yn rhedeg. Nid yw Firefox a Safari yn cael eu gwirio'n awtomatig.",
    "Ar rai ffonau a thabledi, mae bysell priflythrennau'r bysellfwrdd ar y sgrin yn cyfrif fel Shift, felly gall ei phwyso dair gwaith yn olynol eich gadael o'r wefan. Mae'r botwm gadael bob amser yn gweithio.",
    "Does dim modd disgrifio llun i rywun sy'n methu ei weld. Nid yw gweddill y cynllun yn dibynnu arno.",
    "Mae Darllen yn uchel yn defnyddio'r lleisiau sydd ar y ddyfais. Lle nad oes rhai, nid yw'r botwm yn ymddangos.",
    "Nid yw allbrintiau a ffeiliau wedi'u cadw wedi cael eu gwirio gyda darllenwyr sgrin.",
  ],
  "accessibility.notReviewed": "Nid yw geiriau Cymraeg y wefan hon wedi cael eu gwirio eto gan siaradwr Cymraeg rhugl.",
  "accessibility.idleLock":
    "Mae cynllun wedi'i gadw yn cloi ei hun ar ôl {minutes} heb ei ddefnyddio, i'w gadw'n breifat; mae ei ddatgloi gyda'r cyfrinymadrodd yn dod â phopeth yn ôl. Mae sesiwn gyda gweithiwr proffesiynol yn rhybuddio cyn iddi ddod i ben, ac mae \"Parhau\" yn rhoi mwy o amser.",
  "accessibility.minutes": { one: "1 munud", two: "2 funud", other: "{count} munud" },
  "accessibility.problemHeading": "Dywedwch wrthym am broblem",
  "accessibility.problem":
    "Os yw rhywbeth yn anodd ei ddefnyddio, neu os oes angen y wybodaeth arnoch chi mewn ffordd arall, dywedwch wrth {name}. {contact}",
  "accessibility.written":
    "Cafodd y datganiad hwn ei ysgrifennu ym mis Rhagfyr 2026, ar gyfer fersiwn 0.2.0 o'r wefan.",
  "cleared.title": "Wedi clirio",
  "cleared.heading": "Popeth wedi'i glirio",
  "cleared.text": "Mae'r sesiwn wedi dod i ben, ac mae'r hyn roedd hi'n ei ddal wedi cael ei glirio o'r porwr hwn.",
  "cleared.idle":
    "Daeth i ben ar ei phen ei hun am nad oedd neb yn ei defnyddio. Cafodd cynlluniau nad oedd wedi'u trosglwyddo eu clirio hefyd, ac nid oes modd eu cael yn ôl.",
  "cleared.cannotHeading": "Beth na all porwr ei glirio",
  "cleared.cannot": [
    "**Ffeiliau a lawrlwythwyd yn y sesiwn.** Mae copïau wedi'u cloi yn y ffolder Downloads, o'r enw {file} Symudwch bob un i'r lle iawn (cofnodion eich sefydliad, neu ddyfais y person ei hun), yna dilëwch e o Downloads a gwagio'r bin.",
    "**Rhestr lawrlwythiadau'r porwr.** Agorwch Downloads o ddewislen y porwr a thynnu pob copi oddi ar y rhestr (de-gliciwch arno, neu defnyddiwch y groes wrth ei ymyl).",
    "**Hanes.** Mae cyfeiriad y wefan hon yn aros yn hanes y porwr: gweler [sut i ddileu'r wefan hon yn unig o'ch hanes](/staying-safe-online/#history).",
  ],
  "cleared.home": "Hafan",
  "deleted.title": "Wedi dileu",
  "deleted.heading": "Wedi dileu",
  "deleted.text": "Mae popeth a gadwyd ar y ddyfais hon wedi'i ddileu.",
  "deleted.browser": "Mae'r porwr hwn hefyd wedi cael cais i glirio'r hyn roedd y wefan hon yn ei gadw yn ei ffeiliau.",
  "deleted.again": "Dechrau eto",
  "receive.title": "Derbyn",
  "receive.heading": "Derbyn",
  "receive.intro": "Mae'r dudalen hon yn darllen codau sy'n cael eu dangos ar sgrin arall.",
  "receive.noScript":
    "Mae angen JavaScript ar y dudalen hon i ddefnyddio'r camera. Mae'r ffyrdd eraill isod yn gweithio hebddo.",
  "receive.otherWays": "Os nad yw'r ffôn hwn yn gallu darllen y codau",
  "receive.way1": "Gofynnwch am y codau arafach ar y sgrin arall: maen nhw'n fwy ac yn newid yn arafach.",
  "receive.way2":
    "Daliwch y ffôn yn nes neu'n bellach, fel bod y cod yn llenwi'r rhan fwyaf o'r sgrin hon. Trowch ddisgleirdeb y sgrin arall i fyny, a'i throi oddi wrth oleuadau sy'n adlewyrchu arni.",
  "receive.way3": "Rhowch gynnig ar borwr arall ar y ffôn hwn.",
  "receive.way4":
    "Gofynnwch am ffeil wedi'i chloi yn lle hynny, a'i hagor ar y ffôn hwn gydag **Agor copi wedi'i gadw** ar dudalen y cynllun.",
  "receive.way5": "Neu gofynnwch am y cynllun ar bapur.",
  "help.title": "Rhifau ffôn am help",
  "help.emergencyHeading": "Mewn perygl nawr: ffoniwch 999",
  "help.emergency": [
    "Ffoniwch 999 os ydych chi neu eich plant mewn perygl, neu os oes rhywun wedi cael ei anafu. Gofynnwch am yr heddlu, neu am ambiwlans os oes rhywun wedi'i anafu.",
    "Dywedwch wrthyn nhw beth yw eich enw, ble rydych chi, a beth sy'n digwydd. Os gallwch chi, arhoswch ar y lein.",
  ],
  "help.silentHeading": "Os na allwch chi siarad",
  "help.silent": [
    "Ar ffôn symudol, deialwch 999.",
    "Arhoswch ar y lein a gwrandewch.",
    "Pan fydd rhywun yn gofyn i chi, pwyswch **55**. Mae hyn yn dweud wrth y gweithredwr ei fod yn argyfwng go iawn, ac rydych chi'n cael eich rhoi drwodd i'r heddlu.",
  ],
  "help.hideNumber":
    "Mae deialu **141** cyn rhif yn cuddio eich rhif rhag y person rydych chi'n ei ffonio, ar y rhan fwyaf o linellau tir yn y DU.",
  "help.helplinesIntro": "Mae'r rhain am ddim i'w ffonio, a gallwch chi ffonio dim ond i siarad am rywbeth.",
  "help.closed":
    "Mae amseroedd agor yn newid. Os yw llinell ar gau, rhowch gynnig ar y llinell gymorth 24 awr uchod, neu 999 mewn argyfwng.",
  "serviceCard.website": "Gwefan {name}",
  "serviceCard.newTab": "(yn agor mewn tab newydd)",
  "professionals.title": "I weithwyr proffesiynol",
  "professionals.heading": "Defnyddio'r wefan hon gyda rhywun rydych chi'n ei gefnogi",
  "professionals.lead":
    "I eiriolwyr cam-drin domestig, gweithwyr cymdeithasol, athrawon, ymwelwyr iechyd ac eraill sy'n cynllunio gydag oedolyn a'r plant. Mewn un sesiwn gallwch chi lunio cynllun yr oedolyn, y rhestr o bethau i fynd gyda nhw, a chynllun i bob plentyn, yna trosglwyddo popeth yn ddiogel a gadael dim byd ar eich dyfais.",
  "professionals.start": "Dechrau sesiwn",
  "professionals.beforeHeading": "Cyn i chi ddechrau",
  "professionals.before": [
    "**Lluniwch y cynllun gyda'r person, nid ar ei ran.** Nhw sy'n adnabod eu sefyllfa orau. Gofynnwch, gwrandewch, ac ysgrifennwch eu geiriau nhw.",
    "**Peidiwch byth â chytuno ar gynllun lle gallai'r camdriniwr glywed**, neu weld y sgrin. Dewiswch y lle a'r amser yn ofalus, a gwiriwch pwy arall sydd yn y tŷ neu ar y ffôn.",
    "**Gwelwch bob plentyn ar ei ben ei hun**, mewn ffordd sy'n addas i'w oedran: cynllun syml, cam wrth gam, i blant iau, a chynllun llawnach i bobl ifanc yn eu harddegau. Dim ond rhifau ffôn mae plentyn yn eu cadw, byth gynllun ysgrifenedig, ac mae'n ymarfer y cynllun gydag oedolyn dibynadwy.",
    "**Mae'r risg yn codi ar adeg gadael ac yn syth wedyn.** Cynlluniwch ar gyfer rhywun sy'n aros yn ogystal â rhywun sy'n gadael, a gwnewch i'r cynllun weithio i'r ddau.",
    "**Mae cynllun yn cefnogi eich asesiad risg (DASH) a phrosesau MARAC. Nid yw'n cymryd eu lle.** Dilynwch weithdrefnau diogelu eich sefydliad eich hun.",
    "**Cynigiwch gadw'r cynllun a chopïau o ddogfennau yn eich adeilad chi**, fel nad oes angen cuddio dim gartref.",
    "Gall cynllun leihau'r risg, ond ni all warantu diogelwch. Dywedwch hyn yn glir.",
  ],
  "professionals.howHeading": "Sut mae sesiwn yn gweithio",
  "professionals.how": [
    "**Dechreuwch sesiwn.** Mae'n dal un cartref: cynllun yr oedolyn, y rhestr o bethau i fynd gyda nhw, a chynllun i bob plentyn neu berson ifanc, pob un wedi'i enwi gyda llythrennau cyntaf yn unig.",
    "**Gweithiwch drwy bob cynllun gyda'ch gilydd.** Mae gan bob adran banel \"Cwestiynau i'w gofyn\" sy'n seiliedig ar y canllawiau. Cuddiwch e pan fydd y person yn edrych ar y sgrin.",
    "**Trosglwyddwch** yn y ffordd sydd fwyaf diogel i'r teulu hwn: argraffu (i blentyn, dim ond cerdyn o rifau ffôn), ffeil wedi'i chloi gyda chyfrinymadrodd mae'r person yn ei ddewis ac yn ei deipio ei hun, ail gopi wedi'i gloi ar gyfer eich cofnodion gyda chyfrinymadrodd gwahanol, neu ei gadw wedi'i gloi ar ddyfais y person ei hun os yw'r sesiwn yn rhedeg yno.",
  ],
  "professionals.howEnd":
    "**Dewch â'r sesiwn i ben a chlirio'r ddyfais hon.** Mae hyn yn dileu popeth roedd y sesiwn yn ei ddal. Os byddwch chi'n camu i ffwrdd, mae'r sesiwn yn dod i ben ar ei phen ei hun ar ôl {total} heb ei defnyddio, gyda rhybudd {grace} cyn hynny.",
  "professionals.minutes": { one: "1 munud", two: "2 funud", other: "{count} munud" },
  "professionals.reviewHeading": "Adolygu cynllun",
  "professionals.review":
    "Gosodwch ddyddiad adolygu ar bob cynllun. Pan fydd cynllun yn cael ei agor ar ôl y dyddiad hwnnw, mae'n dweud hynny'n dyner ac yn dangos beth i edrych arno eto. Mae pob cynllun yn cadw cofnod byr o'r dyddiadau y cafodd ei adolygu, a dim byd arall.",
  "professionals.exitHeading": "Gadael yn gyflym",
  "professionals.exit":
    "Mae gan bob tudalen, gan gynnwys y sesiwn, **Gadael y dudalen hon** ar y brig, ac mae pwyso Shift 3 gwaith yn gwneud yr un peth. Mewn sesiwn, mae'r botwm gadael hefyd yn clirio'r cynlluniau sydd yn y cof (mae cynllun sydd wedi'i gadw ar ddyfais y person yn aros, wedi'i gloi). Dangoswch i'r person ble mae e cyn i chi ddechrau. [Beth mae'r botwm gadael yn ei guddio, a beth nad yw'n ei guddio](/staying-safe-online/).",
  "online.title": "Cadw'n ddiogel ar-lein",
  "online.lead":
    "Os yw rhywun yn edrych ar eich ffôn neu eich cyfrifiadur, gall y camau hyn ei gwneud hi'n anoddach iddyn nhw weld eich bod chi wedi bod yma. Does dim gwefan sy'n gallu cuddio popeth, felly mae'n help gwybod beth mae'r botwm gadael yn ei wneud, a beth na all ei wneud.",
  "online.exitHeading": "Y botwm Gadael y dudalen hon",
  "online.exitIntro":
    "Mae botwm **Gadael y dudalen hon** ar frig pob tudalen. Gallwch chi hefyd bwyso'r fysell **Shift** 3 gwaith, hyd yn oed tra byddwch chi'n teipio. Pan fyddwch chi'n gwneud hynny:",
  "online.exitDoes": [
    "mae'r dudalen yn mynd yn wag ar unwaith;",
    "mae unrhyw beth rydych chi wedi'i deipio a heb ei gadw yn cael ei glirio, ac mae cynllun sydd wedi'i gadw yn cael ei gloi;",
    "mae gwefan bob dydd ({exitHost}) yn agor yn yr un tab, yn lle'r wefan hon.",
  ],
  "online.backList":
    "Mae'r wefan yn symud rhwng ei thudalennau ei hun heb ychwanegu at y rhestr Yn ôl. Felly ar ôl gadael, mae pwyso Yn ôl yn mynd â chi i ble bynnag roeddech chi cyn dod yma, nid i'r wefan hon.",
  "online.cannotHeading": "Beth na all y botwm gadael ei wneud",
  "online.cannot": [
    "Nid yw'n dileu eich hanes pori. Mae cyfeiriad y wefan hon yn aros yn y rhestr hanes.",
    "Ni all glirio'r hyn mae'r porwr yn ei awgrymu pan fydd rhywun yn teipio yn y bar cyfeiriad.",
    "Ni all dynnu lawrlwythiadau, rhestr y porwr o dabiau a gaewyd yn ddiweddar, na hanes sydd wedi'i gysoni â dyfeisiau eraill.",
    "Ni all atal meddalwedd ysbïo (spyware) sy'n cofnodi beth rydych chi'n ei wneud.",
  ],
  "online.backHeading": "Os yw rhywun yn pwyso Yn ôl",
  "online.back": [
    "Weithiau mae porwyr yn cadw copi o dudalen fel ei bod hi'n dod yn ôl ar unwaith pan fyddwch chi'n pwyso Yn ôl. Mae'r wefan hon yn cuddio ei hun wrth i chi adael, felly mae'r copi hwnnw'n wag. Os gwnaethoch chi ddefnyddio'r botwm gadael, mae'r wefan yn anfon y tab yn syth yn ôl i'r wefan bob dydd honno. Os aethoch chi i wefan arall a dod yn ôl, mae'r dudalen yn llwytho eto o'r dechrau, felly mae unrhyw beth heb ei gadw wedi mynd.",
    "Fe wnaethon ni ddewis hyn oherwydd mai cael eich gweld yw'r perygl mwyaf. Y gost yw nad yw dod yn ôl gydag Yn ôl byth yn adfer teipio heb ei gadw. Os ydych chi eisiau cadw eich gwaith, cadwch e, wedi'i gloi gyda chyfrinymadrodd, neu argraffwch e.",
  ],
  "online.closeHeading": "Cau'r tab yn gyflym",
  "online.close":
    "Pwyswch {ctrlW} (ar Mac, {cmdW}) i gau'r tab ar unwaith. Ar ffôn, caewch y tab o'r botwm tabiau. Mae cau'r tab yn clirio unrhyw beth heb ei gadw.",
  "online.historyHeading": "Dileu'r wefan hon yn unig o'ch hanes",
  "online.historyIntro":
    "Gall dileu eich holl hanes edrych yn amheus. Yn lle hynny, gallwch chi dynnu cofnodion y wefan hon yn unig:",
  "online.history": [
    "**Chrome neu Edge:** agorwch yr Hanes (History) ({ctrlH}, neu {cmdY} ar Mac), chwiliwch am enw'r wefan hon, ticiwch ei chofnodion a dewiswch Dileu (Delete).",
    '**Firefox:** agorwch yr Hanes (History) ({ctrlH}), dewch o hyd i gofnod ar gyfer y wefan hon, de-gliciwch arno a dewiswch "Anghofio am y wefan hon" (Forget about this site).',
    "**Safari ar Mac:** dewiswch Hanes (History), yna Dangos yr Holl Hanes (Show All History), chwiliwch am y wefan, dewiswch y cofnodion a phwyso Delete.",
    "**iPhone neu iPad (Safari):** tapiwch y botwm nodau tudalen, yna'r cloc, dewch o hyd i'r wefan a llithro i'r chwith ar bob cofnod i'w ddileu.",
    "**Android (Chrome):** tapiwch y tri dot, yna Hanes (History), a thapio'r groes wrth ymyl pob cofnod ar gyfer y wefan hon.",
  ],
  "online.privateHeading": "Pori preifat",
  "online.private":
    "Nid yw ffenest breifat (o'r enw Incognito yn Chrome, InPrivate yn Edge) yn cadw hanes ar ôl i chi ei chau. Mae'n ffordd dda o ymweld â'r wefan hon. Mewn ffenest breifat efallai na fyddwch chi'n gallu cadw cynllun ar y ddyfais: gallwch chi ei argraffu o hyd, neu gadw copi wedi'i gloi fel ffeil.",
  "online.deviceHeading": "Defnyddiwch ddyfais fwy diogel os gallwch chi",
  "online.device":
    "Os ydych chi'n meddwl bod rhywun yn gwylio beth rydych chi'n ei wneud ar eich ffôn neu eich cyfrifiadur, defnyddiwch ddyfais na allan nhw ei chyrraedd: ffôn ffrind, cyfrifiadur mewn llyfrgell, yn y gwaith neu mewn gwasanaeth cymorth.",
  "online.spyHeading": "Arwyddion o feddalwedd ysbïo",
  "online.spySigns": [
    "mae rhywun yn gwybod pethau rydych chi wedi'u hysgrifennu mewn negeseuon yn unig, neu wedi chwilio amdanyn nhw;",
    "mae rhywun yn gwybod ble rydych chi wedi bod, heb i chi ddweud wrthyn nhw;",
    "mae batri eich ffôn yn rhedeg i lawr yn gyflym, neu mae'n araf neu'n boeth pan nad ydych chi'n ei ddefnyddio.",
  ],
  "online.spyRemove":
    "Gall tynnu meddalwedd ysbïo rybuddio'r person a'i gosododd. Gall llinell gymorth eich helpu i feddwl beth sydd fwyaf diogel: [rhifau ffôn am help](/help/).",
  "online.findHeading": "Sut i ddod o hyd i'r wefan hon eto",
  "online.find":
    "Mae gan y wefan enw plaen, **{siteName}**, felly nid yw nod tudalen yn dweud beth yw ei phwrpas. Os nad yw nod tudalen yn ddiogel, ceisiwch gofio'r cyfeiriad, neu gofynnwch i'r person neu'r gwasanaeth a'i rhoddodd i chi. Gall gweithiwr cymorth ei roi i chi eto.",
  "comingSoon.lead": "Nid yw'r rhan hon yn barod eto.",
  "comingSoon.until":
    "Tan hynny, gallwch chi [ddod o hyd i rifau ffôn am help](/help/), neu ddarllen [sut i gadw'n fwy diogel ar-lein](/staying-safe-online/).",
  "notFound.title": "Heb ddod o hyd i'r dudalen",
  "notFound.text": "Nid yw'r dudalen honno yma. Rhowch gynnig ar yr [hafan](/) neu [rifau ffôn am help](/help/).",
};
