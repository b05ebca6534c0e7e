import type { practice as en } from "../../en/ui/practice";
import type { Translation } from "../../types";

export const practice: Translation<typeof en> = {
  "practice.practiseWhatToDo": "Poćwicz, co robić",
  "practice.practiseCall": "Poćwicz udawany telefon na 999",
  "practice.pickOne": "Wybierz jedno.",
  "practice.backToPlan": "Wróć do mojego planu",
  "practice.safe": "Bezpieczny wybór",
  "practice.notSafe": "To nie jest bezpieczne",
  "practice.tryAgain": "Możesz wybrać inną odpowiedź albo iść dalej.",
  "practice.pretend": "To tylko na niby. Nikt nie dzwoni.",
  "practice.operatorSays": "Osoba w telefonie mówi:",
  /** What the person on the phone says, in the language's quotation marks. */
  "practice.quote": "„{words}”",
  "practice.youSay": "Ty mówisz:",
  /** Under the pretend call's box once the child has had a go: their plan's own answer, to check. */
  "practice.planSays": "W twoim planie jest: {answer}",
  "practice.sayOrType": "Możesz to powiedzieć na głos albo tu wpisać.",
  "practice.cannotTalk": "Jeśli nie możesz mówić",
  "practice.wellDone": "Brawo, że ćwiczysz",
  "practice.practiseAgain": "Zacznij od nowa",
  "practice.stop": "Stop",
  "practice.next": "Dalej",
  "practice.finish": "Koniec",
  "practice.countScenario": "Ćwiczenie {n} z {total}",
  "practice.countPart": "Część {n} z {total}",
};
