import type { steps as en } from "../../en/ui/steps";
import type { Translation } from "../../types";

export const steps: Translation<typeof en> = {
  "child.steps.nav": "Camau",
  "child.steps.dot": "Cam {n}: {title}",
  "child.steps.dotDone": "Cam {n}: {title} (wedi'i wneud)",
  "child.steps.count": "Cam {n} o {total}",
  "child.steps.back": "Yn ôl",
  "child.steps.next": "Nesaf",
  "child.steps.finish": "Dw i wedi gorffen",
  "child.drawing.colours": "Lliwiau",
  "child.drawing.black": "Du",
  "child.drawing.blue": "Glas",
  "child.drawing.red": "Coch",
  "child.drawing.green": "Gwyrdd",
  "child.drawing.orange": "Oren",
  "child.drawing.area": "lle i dynnu llun",
  "child.drawing.hint":
    "Tynna lun gyda dy fys, pen neu'r llygoden. Neu defnyddia'r bysellfwrdd: mae'r saethau'n symud, ac mae Space yn dechrau ac yn stopio'r llinell.",
  "child.drawing.penDown": "Mae'r pen i lawr.",
  "child.drawing.tooBig": "Mae'r llun yn rhy fawr i'w gadw. Rho gynnig ar Dadwneud, neu Clirio a thynnu llun symlach.",
  "child.drawing.undo": "Dadwneud",
  "child.drawing.clear": "Clirio",
};
