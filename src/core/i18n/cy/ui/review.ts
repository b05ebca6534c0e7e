import type { review as en } from "../../en/ui/review";
import type { Translation } from "../../types";

export const review: Translation<typeof en> = {
  "editor.review.title": "Amser edrych ar y cynllun hwn eto",
  "editor.review.text":
    "Roeddech chi'n bwriadu ei adolygu ar {date}. Efallai bod pethau wedi newid ers hynny: pobl, rhifau, lleoedd a chynlluniau ar gyfer y plant. Edrychwch eto ar:",
  "editor.review.done": "Rydw i wedi'i adolygu heddiw",
  "editor.review.log": "Adolygwyd ar: {dates}.",
};
