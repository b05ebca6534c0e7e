import type { steps as en } from "../../en/ui/steps";
import type { Translation } from "../../types";

/** The child's steps and drawing, in Romanian: the child is "tu", very short sentences and everyday words (age 7–9). */
export const steps: Translation<typeof en> = {
  "child.steps.nav": "Pași",
  "child.steps.dot": "Pasul {n}: {title}",
  "child.steps.dotDone": "Pasul {n}: {title} (gata)",
  "child.steps.count": "Pasul {n} din {total}",
  "child.steps.back": "Înapoi",
  "child.steps.next": "Mai departe",
  "child.steps.finish": "Am terminat",
  "child.drawing.colours": "Culori",
  "child.drawing.black": "Negru",
  "child.drawing.blue": "Albastru",
  "child.drawing.red": "Roșu",
  "child.drawing.green": "Verde",
  "child.drawing.orange": "Portocaliu",
  "child.drawing.area": "loc de desenat",
  "child.drawing.hint":
    "Desenează cu degetul, cu un creion sau cu mouse-ul. Sau folosește tastele: săgețile mută creionul. Tasta Spațiu pornește și oprește linia.",
  "child.drawing.penDown": "Creionul desenează.",
  "child.drawing.tooBig":
    "Desenul e prea mare ca să-l păstrăm. Apasă Anulează. Sau apasă Șterge și desenează mai simplu.",
  "child.drawing.undo": "Anulează",
  "child.drawing.clear": "Șterge",
};
