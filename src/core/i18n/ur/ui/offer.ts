import type { offer as en } from "../../en/ui/offer";
import type { Translation } from "../../types";

export const offer: Translation<typeof en> = {
  "editor.tailor.label": "اس منصوبے کے اوزار",
  "editor.tailor.title": "اس منصوبے کو اپنے حالات کے مطابق بنائیں",
  "editor.tailor.text":
    "کچھ سوالوں کے جواب دیں (سب اختیاری ہیں)، اور منصوبہ آپ کے حالات کے مطابق تجاویز دے گا، ہر ایک کی وجہ کے ساتھ۔",
  "editor.tailor.start": "شروع کریں",
  "editor.tailor.notNow": "ابھی نہیں",
  "editor.tailor.deviceFirst": "کچھ بھی لکھنے سے پہلے یہ جانچ لیں کہ یہ فون یا کمپیوٹر استعمال کرنا محفوظ ہے یا نہیں۔",
  "editor.tailor.device": "کیا یہ ڈیوائس محفوظ ہے؟",
  "editor.tailor.goNow": "اگر مجھے ابھی جانا پڑے",
  "editor.tailor.signs": "خطرے کی نشانیاں",
};
