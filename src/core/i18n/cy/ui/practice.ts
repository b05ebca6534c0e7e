import type { practice as en } from "../../en/ui/practice";
import type { Translation } from "../../types";

export const practice: Translation<typeof en> = {
  "practice.practiseWhatToDo": "Ymarfer beth i'w wneud",
  "practice.practiseCall": "Ymarfer galwad 999 ffug",
  "practice.pickOne": "Dewisa un.",
  "practice.backToPlan": "Yn ôl at fy nghynllun",
  "practice.safe": "Dewis diogel",
  "practice.notSafe": "Ddim yn ddiogel",
  "practice.tryAgain": "Galli di ddewis ateb arall, neu fynd ymlaen.",
  "practice.pretend": "Dim ond esgus yw hyn. Does neb yn cael ei ffonio.",
  "practice.operatorSays": "Mae'r person ar y ffôn yn dweud:",
  "practice.quote": "“{words}”",
  "practice.youSay": "Rwyt ti'n dweud:",
  "practice.planSays": "Mae dy gynllun yn dweud: {answer}",
  "practice.sayOrType": "Galli di ei ddweud yn uchel, neu ei deipio yma.",
  "practice.cannotTalk": "Os wyt ti'n methu siarad",
  "practice.wellDone": "Da iawn ti am ymarfer",
  "practice.practiseAgain": "Dechrau eto",
  "practice.stop": "Stopio",
  "practice.next": "Nesaf",
  "practice.finish": "Wedi gorffen",
  "practice.countScenario": "Ymarfer {n} o {total}",
  "practice.countPart": "Rhan {n} o {total}",
};
