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
  "quickExit.noticeTitle": "Gadael y wefan hon yn gyflym",
  "quickExit.notice":
    "Dewiswch **Gadael y dudalen hon**, neu pwyswch y fysell **Shift** 3 gwaith, i adael ar unwaith. Mae'r dudalen yn mynd yn wag ac mae gwefan bob dydd yn agor yn ei lle. [Beth mae'r botwm gadael yn ei guddio, a beth nad yw'n ei guddio](/staying-safe-online/).",
  "quickExit.noticeDismiss": "Iawn, cuddio hwn",
  "organisation.placeholderName": "Y sefydliad sy'n rhedeg y wefan hon",
  "organisation.placeholderContact": "Gofynnwch i'r person a roddodd y cyfeiriad hwn i chi.",
};
