import type { offer as en } from "../../en/ui/offer";
import type { Translation } from "../../types";

export const offer: Translation<typeof en> = {
  "editor.tailor.label": "أدوات لهذه الخطة",
  "editor.tailor.title": "اجعل هذه الخطة تناسبك",
  "editor.tailor.text": "أجب عن بضعة أسئلة اختيارية، وستقترح الخطة أفكارًا تناسب وضعك، مع سبب كل فكرة.",
  "editor.tailor.start": "ابدأ",
  "editor.tailor.notNow": "ليس الآن",
  "editor.tailor.deviceFirst": "قبل أن تكتب أي شيء، يمكنك التحقق مما إذا كان هذا الهاتف أو الحاسوب آمنًا للاستخدام.",
  "editor.tailor.device": "هل هذا الجهاز آمن؟",
  "editor.tailor.goNow": "إذا احتجت إلى الذهاب الآن",
  "editor.tailor.signs": "علامات الخطر",
};
