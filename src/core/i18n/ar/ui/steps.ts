import type { steps as en } from "../../en/ui/steps";
import type { Translation } from "../../types";

export const steps: Translation<typeof en> = {
  "child.steps.nav": "الخطوات",
  "child.steps.dot": "الخطوة {n}: {title}",
  "child.steps.dotDone": "الخطوة {n}: {title} (تمّت)",
  "child.steps.count": "الخطوة {n} من {total}",
  "child.steps.back": "رجوع",
  "child.steps.next": "التالي",
  "child.steps.finish": "انتهيت",
  "child.drawing.colours": "الألوان",
  "child.drawing.black": "أسود",
  "child.drawing.blue": "أزرق",
  "child.drawing.red": "أحمر",
  "child.drawing.green": "أخضر",
  "child.drawing.orange": "برتقالي",
  "child.drawing.area": "مكان الرسم",
  "child.drawing.hint":
    "ارسم بإصبعك أو بقلم أو بالفأرة. أو استعمل لوحة المفاتيح: الأسهم تحرّك القلم، ومفتاح المسافة يبدأ الخط ويوقفه.",
  "child.drawing.penDown": "القلم على الورقة.",
  "child.drawing.tooBig": "هذا الرسم كبير جدًا ولا يمكن حفظه. جرّب «تراجع»، أو «امسح» وارسمه مرة أخرى بشكل أبسط.",
  "child.drawing.undo": "تراجع",
  "child.drawing.clear": "امسح",
};
