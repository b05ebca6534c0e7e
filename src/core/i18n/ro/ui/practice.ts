import type { practice as en } from "../../en/ui/practice";
import type { Translation } from "../../types";

export const practice: Translation<typeof en> = {
  "practice.practiseWhatToDo": "Exersează ce să faci",
  "practice.practiseCall": "Exersează un apel de joacă la 999",
  "practice.pickOne": "Alege unul.",
  "practice.backToPlan": "Înapoi la planul meu",
  "practice.safe": "Alegere sigură",
  "practice.notSafe": "Nu e o alegere sigură",
  "practice.tryAgain": "Poți alege alt răspuns sau poți merge mai departe.",
  "practice.pretend": "Este doar de joacă. Nu sunăm pe nimeni.",
  "practice.operatorSays": "Omul de la telefon spune:",
  /** What the person on the phone says, in the language's quotation marks. */
  "practice.quote": "„{words}”",
  "practice.youSay": "Tu spui:",
  /** Under the pretend call's box once the child has had a go: their plan's own answer, to check. */
  "practice.planSays": "Planul tău spune: {answer}",
  "practice.sayOrType": "Poți să spui cu voce tare sau să scrii aici.",
  "practice.cannotTalk": "Dacă nu poți vorbi",
  "practice.wellDone": "Bravo că ai exersat",
  "practice.practiseAgain": "Începe din nou",
  "practice.stop": "Oprește",
  "practice.next": "Mai departe",
  "practice.finish": "Gata",
  "practice.countScenario": "Exercițiul {n} din {total}",
  "practice.countPart": "Partea {n} din {total}",
};
