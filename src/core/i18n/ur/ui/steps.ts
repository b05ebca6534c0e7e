import type { steps as en } from "../../en/ui/steps";
import type { Translation } from "../../types";

/** The child's steps and drawing, in Urdu for ages 7–9: very short sentences, everyday words, "آپ". Drafted, not yet reviewed by a fluent speaker. */
export const steps: Translation<typeof en> = {
  "child.steps.nav": "قدم",
  "child.steps.dot": "قدم {n}: {title}",
  "child.steps.dotDone": "قدم {n}: {title} (ہو گیا)",
  "child.steps.count": "قدم {n}، کل {total} میں سے",
  "child.steps.back": "واپس",
  "child.steps.next": "آگے",
  "child.steps.finish": "میرا کام ہو گیا",
  "child.drawing.colours": "رنگ",
  "child.drawing.black": "کالا",
  "child.drawing.blue": "نیلا",
  "child.drawing.red": "لال",
  "child.drawing.green": "ہرا",
  "child.drawing.orange": "نارنجی",
  "child.drawing.area": "تصویر بنانے کی جگہ",
  "child.drawing.hint":
    "انگلی، قلم یا ماؤس سے تصویر بنائیں۔ یا کی بورڈ سے: تیر والے بٹن قلم کو چلاتے ہیں۔ اسپیس بٹن لکیر شروع کرتا ہے اور روکتا ہے۔",
  "child.drawing.penDown": "قلم کاغذ پر ہے۔",
  "child.drawing.tooBig":
    "یہ تصویر رکھنے کے لیے بہت بڑی ہے۔ واپس لیں دبائیں۔ یا سب مٹائیں اور اسے آسان بنا کر دوبارہ بنائیں۔",
  "child.drawing.undo": "واپس لیں",
  "child.drawing.clear": "سب مٹائیں",
};
