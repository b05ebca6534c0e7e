import type { steps as en } from "../../en/ui/steps";
import type { Translation } from "../../types";

/** The Panjabi words: drafted from the English, not yet reviewed by a fluent speaker. TRANSLATE: every entry below is still English. */
export const steps: Translation<typeof en> = {
  "child.steps.nav": "Steps",
  "child.steps.dot": "Step {n}: {title}",
  "child.steps.dotDone": "Step {n}: {title} (done)",
  "child.steps.count": "Step {n} of {total}",
  "child.steps.back": "Back",
  "child.steps.next": "Next",
  "child.steps.finish": "I have finished",
  "child.drawing.colours": "Colours",
  "child.drawing.black": "Black",
  "child.drawing.blue": "Blue",
  "child.drawing.red": "Red",
  "child.drawing.green": "Green",
  "child.drawing.orange": "Orange",
  "child.drawing.area": "drawing area",
  "child.drawing.hint":
    "Draw with your finger, a pen or the mouse. Or use the keyboard: arrow keys move, Space starts and stops the line.",
  "child.drawing.penDown": "The pen is down.",
  "child.drawing.tooBig": "This drawing is too big to keep. Try Undo, or Clear and draw it again more simply.",
  "child.drawing.undo": "Undo",
  "child.drawing.clear": "Clear",
};
