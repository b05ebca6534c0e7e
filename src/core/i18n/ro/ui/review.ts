import type { review as en } from "../../en/ui/review";
import type { Translation } from "../../types";

export const review: Translation<typeof en> = {
  "editor.review.title": "E timpul să te uiți din nou la plan",
  "editor.review.text":
    "Ai vrut să îl revizuiești pe {date}. De atunci s-ar putea să se fi schimbat lucruri: oameni, numere, locuri și planuri pentru copii. Uită-te din nou la:",
  "editor.review.done": "L-am revizuit azi",
  "editor.review.log": "Revizuit pe: {dates}.",
};
