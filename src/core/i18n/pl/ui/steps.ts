import type { steps as en } from "../../en/ui/steps";
import type { Translation } from "../../types";

/** Kroki i rysowanie w planie dziecka: do dziecka (7–9 lat) na „ty”, bardzo prosto. Drafted from the English, not yet reviewed by a fluent speaker. */
export const steps: Translation<typeof en> = {
  "child.steps.nav": "Kroki",
  "child.steps.dot": "Krok {n}: {title}",
  "child.steps.dotDone": "Krok {n}: {title} (gotowe)",
  "child.steps.count": "Krok {n} z {total}",
  "child.steps.back": "Wstecz",
  "child.steps.next": "Dalej",
  "child.steps.finish": "Gotowe",
  "child.drawing.colours": "Kolory",
  "child.drawing.black": "Czarny",
  "child.drawing.blue": "Niebieski",
  "child.drawing.red": "Czerwony",
  "child.drawing.green": "Zielony",
  "child.drawing.orange": "Pomarańczowy",
  "child.drawing.area": "miejsce na rysunek",
  "child.drawing.hint":
    "Rysuj palcem, rysikiem albo myszką. Możesz też użyć klawiszy: strzałki przesuwają pisak, a spacja zaczyna i kończy kreskę.",
  "child.drawing.penDown": "Teraz rysujesz.",
  "child.drawing.tooBig": "Ten rysunek jest za duży. Kliknij Cofnij. Albo kliknij Wyczyść i narysuj go prościej.",
  "child.drawing.undo": "Cofnij",
  "child.drawing.clear": "Wyczyść",
};
