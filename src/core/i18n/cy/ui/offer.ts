import type { offer as en } from "../../en/ui/offer";
import type { Translation } from "../../types";

export const offer: Translation<typeof en> = {
  "editor.tailor.label": "Offer ar gyfer y cynllun hwn",
  "editor.tailor.title": "Gwneud i'r cynllun hwn eich siwtio chi",
  "editor.tailor.text":
    "Atebwch ychydig o gwestiynau dewisol, a bydd y cynllun yn awgrymu syniadau sy'n addas i'ch sefyllfa, gyda'r rheswm am bob un.",
  "editor.tailor.start": "Dechrau",
  "editor.tailor.notNow": "Nid nawr",
  "editor.tailor.deviceFirst":
    "Cyn i chi deipio unrhyw beth, gallwch wirio a yw'r ffôn neu'r cyfrifiadur hwn yn ddiogel i'w ddefnyddio.",
  "editor.tailor.device": "Ydy'r ddyfais hon yn ddiogel?",
  "editor.tailor.goNow": "Os oes rhaid i mi fynd nawr",
  "editor.tailor.signs": "Arwyddion perygl",
};
