import type { record as en } from "../../en/ui/record";
import type { Translation } from "../../types";

export const record: Translation<typeof en> = {
  "record.title": "Ar gyfer fy nghofnodion",
  "record.whose":
    "Dim ond chi sy'n gweld hwn. Mae'n mynd i'ch copi chi yn unig, byth i gopi'r teulu, eu hallbrintiau na cherdyn plentyn.",
  "record.session.legend": "Y sesiwn",
  "record.agency": "Asiantaeth",
  "record.worker": "Gweithiwr",
  "record.contact": "Sut i gysylltu â'r gweithiwr",
  "record.sessionDate": "Dyddiad y sesiwn",
  "record.risk.legend": "Asesiad risg",
  "record.assessment": "Yr asesiad risg a ddefnyddiwyd",
  "record.assessmentHint": "Er enghraifft DASH.",
  "record.outcome": "Y canlyniad, yn eich barn chi",
  "record.outcome.standard": "Safonol",
  "record.outcome.medium": "Canolig",
  "record.outcome.high": "Uchel",
  "record.assessmentDate": "Dyddiad yr asesiad",
  "record.marac.legend": "Atgyfeiriad MARAC",
  "record.marac.made": "Wedi'i wneud",
  "record.marac.notMade": "Heb ei wneud",
  "record.maracDate": "Dyddiad yr atgyfeiriad",
  "record.children.legend": "Pob plentyn: matrics adnabod risg",
  "record.children.intro":
    "Dewiswch raddfa ar gyfer pob plentyn. Mae'r hyn y mae'r raddfa a ddewiswyd yn ei ofyn gennych i'w weld wrth ei hochr, fel canllaw: gweithdrefnau eich asiantaeth chi sy'n dod gyntaf.",
  "record.children.none":
    "Ychwanegwch gynllun ar gyfer pob plentyn neu berson ifanc at y cartref, ac mae eu graddfa'n mynd yma.",
  "record.scaleLegend": "{plan}: graddfa",
  "record.scale.1": "Graddfa 1: cymedrol",
  "record.scale.2": "Graddfa 2: cymedrol i ddifrifol",
  "record.scale.3": "Graddfa 3: difrifol",
  "record.scale.4": "Graddfa 4: difrifol iawn",
  "record.guidance.1":
    "Gwiriwch nad oes dim yn gwneud y plentyn yn fwy agored i niwed, a fyddai'n golygu graddfa uwch. Cofnodwch eich asesiad a pham, a dywedwch wrth eich rheolwr llinell. Dechreuwch asesiad cymorth cynnar ar gyfer pob plentyn, neu gofynnwch am un: os nad yw'r fam yn cytuno, mae'r risg yn uwch, felly siaradwch â'ch arweinydd diogelu. Cynigiwch yr hyn y gall eich asiantaeth ei gynnig, cynhwyswch gynllunio diogelwch, a dilynwch y mater.",
  "record.guidance.2":
    "Popeth ar gyfer graddfa 1, a mwy: mae'n debygol y bydd angen sawl asiantaeth, gydag un gweithiwr proffesiynol arweiniol. Os nad yw'r fam yn cytuno i asesiad cymorth cynnar, rhowch wybod i'r Gwasanaethau Cymdeithasol i Blant neu atgyfeiriwch atynt. Rhannwch yr hyn a wyddoch â'r gweithwyr proffesiynol eraill (cewch wneud hynny heb gydsyniad pan fo risg o niwed) a chofnodwch pam. Cynhaliwch gyfarfod o'r asiantaethau, neu ymunwch ag un.",
  "record.guidance.3":
    "Efallai fod y plentyn yn dioddef niwed sylweddol, neu mewn perygl ohono. Gwiriwch eto am unrhyw beth sy'n codi'r raddfa, cofnodwch eich asesiad a dywedwch wrth eich rheolwr llinell. Atgyfeiriwch at y Gwasanaethau Cymdeithasol i Blant (asesiad plentyn mewn angen). Rhannwch wybodaeth gyda chydsyniad, a chofnodwch bob cam, pob cysylltiad a phob penderfyniad i rannu. Mae atgyfeiriad MARAC yn debygol.",
  "record.guidance.4":
    "Mae'r trothwy niwed sylweddol wedi'i gyrraedd. Atgyfeiriwch at y Gwasanaethau Cymdeithasol i Blant nawr: mae ymholiadau amddiffyn plant a chyfarfod strategaeth yn debygol. Atgyfeiriwch y teulu at MARAC. Cynlluniwch ar gyfer diogelwch y gweithwyr proffesiynol sy'n cwrdd â'r person sy'n achosi niwed.",
  "record.childAge": "Oed",
  "record.childSchool": "Ysgol",
  "record.referrals.legend": "Atgyfeiriadau a wnaed",
  "record.referrals.csc": "Gwasanaethau Cymdeithasol i Blant",
  "record.referrals.earlyHelp": "Cymorth cynnar",
  "record.referralNotes": "Nodiadau am atgyfeiriadau",
  "record.copiesHeld": "Pwy sydd â chopïau o'r cynllun, a ble",
  "record.consent": "Nodiadau am gydsyniad",
  "record.consentHint": "Er enghraifft: cytunodd y person ifanc i rannu ei gynllun.",
  "record.nextReview": "Dyddiad yr adolygiad nesaf",
  "record.print": "Argraffu fy nghofnod",
  "record.printHint":
    "Mae'n argraffu'r cofnod hwn ar ei ben ei hun, ar gyfer ffeil achos. Does dim ohono byth ar allbrintiau'r teulu.",
  "record.print.title": "Cofnod y gweithiwr, ar gyfer y ffeil achos",
  "record.print.notRecorded": "Heb ei gofnodi",
  "record.print.yes": "Ie",
  "record.print.no": "Na",
  "record.review.title": "Ers yr adolygiad diwethaf",
  "record.review.since": "Adolygwyd ddiwethaf ar {date}.",
  "record.review.nothing": "Does dim wedi newid ers hynny.",
  "record.review.added": "Newydd: {plan}",
  "record.review.removed": "Ddim yn cael ei gadw mwyach: {plan}",
  "record.review.changed": "{plan}: atebion wedi newid yn {sections}",
  "record.review.recordChanged": "Yn y cofnod hwn: {fields}",
  "record.review.separator": ", ",
  "record.review.askNext": "Pryd mae'r adolygiad nesaf?",
};
