import type { handover as en } from "../../en/ui/handover";
import type { Translation } from "../../types";

export const handover: Translation<typeof en> = {
  "handover.intro":
    "Dewiswch beth sydd fwyaf diogel i'r teulu hwn. Mae argraffu i blentyn yn golygu cerdyn o rifau ffôn yn unig. Does dim byd yma'n cael ei storio.",
  "handover.print": "Argraffu",
  "handover.printCard": "Argraffu'r cerdyn rhifau ffôn",
  "handover.printHint": "Mae'n agor y cynllun; mae ei ddewisiadau argraffu ar waelod y dudalen.",
  "handover.fileTitle": "Ffeil wedi'i chloi, neu gadw ar ddyfais y person",
  "handover.include": "Cynlluniau i'w cynnwys",
  "handover.includeHint":
    "Mae cynllun person ifanc yn mynd i'ch copi chi. Dim ond os yw'r person ifanc yn cytuno y mae'n mynd i gopi'r person.",
  "handover.ask.question": "{plan}: ydy'r person ifanc wedi cytuno bod eu cynllun yn mynd i'r copi hwn?",
  "handover.ask.why": "Mae cynllun person ifanc yn perthyn iddyn nhw: gall rhiant agor y copi hwn a'i ddarllen.",
  "handover.ask.yes": "Ydy, mae'r person ifanc wedi cytuno",
  "handover.ask.no": "Nac ydy, gadewch y cynllun allan",
  "handover.makeFile": "Gwneud ffeil wedi'i chloi",
  "handover.saveDevice": "Cadw wedi'i gloi ar y ddyfais hon (dyfais y person ei hun)",
  "handover.toPhone": "Trosglwyddo i ffôn",
  "handover.deviceTitle": "Cadw wedi'i gloi ar ddyfais y person ei hun",
  "handover.deviceText":
    "Dim ond os mai dyfais y person ei hun yw hon, a'i bod yn ddiogel iddyn nhw ei gadw arni. Nhw sy'n dewis y cyfrinymadrodd. Mae'n cloi ei hun ar ôl ychydig funudau heb ei ddefnyddio. Bydd gorffen y sesiwn yn gofyn a ddylid ei gadw.",
  "handover.noStorage":
    "Dydy'r porwr hwn ddim yn gadael i wefannau gadw ar y ddyfais. Gwnewch ffeil wedi'i chloi yn lle hynny.",
  "handover.alreadySaved":
    "Mae cynllun wedi'i gloi eisoes wedi'i gadw ar y ddyfais hon. Bydd cadw nawr yn ei ddisodli. I fwrw ymlaen, dewiswch Cadw a chloi eto.",
  "handover.saveFailed": "Doedd y porwr hwn ddim yn gadael i ni gadw. Gwnewch ffeil wedi'i chloi yn lle hynny.",
  "handover.finishTitle": "Cyn i chi orffen",
  "handover.handedOver": "Beth sydd wedi'i drosglwyddo (dydy'r ticiau ddim yn cael eu cadw)",
  "handover.confirmations": [
    "Dim ond y cerdyn o rifau ffôn sydd gan bob plentyn, neu ddim byd wedi'i ysgrifennu o gwbl",
    "Mae gan y person ei ffeil wedi'i chloi, neu ei gynllun wedi'i argraffu",
    "Mae'r person yn gwybod y cyfrinymadrodd, ac nid yw wedi'i ysgrifennu gyda'r ffeil",
    "Mae fy nghopi fy hun yng nghofnodion fy sefydliad",
    "Mae'r person yn gwybod ble mae Gadael y dudalen hon, a sut i adael yn gyflym",
    "Rydyn ni wedi cytuno pryd i adolygu'r cynlluniau",
  ],
  "handover.checked": "{done} o {total} wedi'u ticio.",
};
