import type { practice as en } from "../../en/ui/practice";
import type { Translation } from "../../types";

export const practice: Translation<typeof en> = {
  "practice.practiseWhatToDo": "مشق کریں کہ کیا کرنا ہے",
  "practice.practiseCall": "999 پر جھوٹ موٹ کے فون کی مشق کریں",
  "practice.pickOne": "ایک چنیں۔",
  "practice.backToPlan": "اپنے منصوبے پر واپس",
  "practice.safe": "محفوظ جواب",
  "practice.notSafe": "محفوظ نہیں",
  "practice.tryAgain": "کوئی اور جواب چن لیں، یا آگے چلیں۔",
  "practice.pretend": "یہ صرف کھیل ہے۔ کوئی فون نہیں ہو رہا۔",
  "practice.operatorSays": "فون والا شخص کہتا ہے:",
  /** What the person on the phone says, in the language's quotation marks. */
  "practice.quote": "«{words}»",
  "practice.youSay": "آپ کہیں:",
  /** Under the pretend call's box once the child has had a go: their plan's own answer, to check. */
  "practice.planSays": "آپ کا منصوبہ کہتا ہے: {answer}",
  "practice.sayOrType": "اسے زور سے بولیں، یا یہاں لکھیں۔",
  "practice.cannotTalk": "اگر بول نہ سکیں",
  "practice.wellDone": "شاباش، آپ نے مشق کی",
  "practice.practiseAgain": "پھر سے شروع کریں",
  "practice.stop": "رکیں",
  "practice.next": "آگے",
  "practice.finish": "سب ہو گیا",
  "practice.countScenario": "مشق {n}، کل {total} میں سے",
  "practice.countPart": "حصہ {n}، کل {total} میں سے",
};
