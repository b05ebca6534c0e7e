import type { practice as en } from "../../en/ui/practice";
import type { Translation } from "../../types";

export const practice: Translation<typeof en> = {
  "practice.practiseWhatToDo": "تدرّب على ما تفعله",
  "practice.practiseCall": "تدرّب على اتصال تجريبي بالرقم 999",
  "practice.pickOne": "اختر واحدًا.",
  "practice.backToPlan": "ارجع إلى خطتي",
  "practice.safe": "خيار آمن",
  "practice.notSafe": "غير آمن",
  "practice.tryAgain": "يمكنك أن تختار إجابة أخرى، أو تكمل.",
  "practice.pretend": "هذا مجرد تدريب. لن نتصل بأحد.",
  "practice.operatorSays": "الشخص على الهاتف يقول:",
  "practice.quote": "«{words}»",
  "practice.youSay": "أنت تقول:",
  "practice.planSays": "في خطتك: {answer}",
  "practice.sayOrType": "يمكنك أن تقولها بصوت عالٍ، أو تكتبها هنا.",
  "practice.cannotTalk": "إذا لم تستطع الكلام",
  "practice.wellDone": "أحسنت، لقد تدرّبت",
  "practice.practiseAgain": "ابدأ من جديد",
  "practice.stop": "توقّف",
  "practice.next": "التالي",
  "practice.finish": "انتهيت",
  "practice.countScenario": "التدريب {n} من {total}",
  "practice.countPart": "الجزء {n} من {total}",
};
