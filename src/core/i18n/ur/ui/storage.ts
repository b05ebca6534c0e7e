import type { storage as en } from "../../en/ui/storage";
import type { Translation } from "../../types";

/** The storage controls in Urdu: "آپ", polite imperatives, plain everyday words. Drafted from the English, not yet reviewed by a fluent speaker. */
export const storage: Translation<typeof en> = {
  // Shared by the panels
  "storage.close": "بند کریں",
  "storage.cancel": "رہنے دیں",
  "storage.locking": "تالا لگ رہا ہے…",
  "storage.opening": "کھل رہا ہے…",
  "storage.nothingChanged": "اس اسکرین پر کچھ نہیں بدلا۔",
  "storage.browserFailed": "یہ براؤزر یہ کام پورا نہیں کر سکا، اس لیے کچھ نہیں بدلا۔ براہِ کرم دوبارہ کوشش کریں۔",
  "storage.loadFailed":
    "یہ حصہ نہیں کھل سکا۔ اپنا انٹرنیٹ کنکشن دیکھیں اور دوبارہ کوشش کریں: آپ کا لکھا ہوا کچھ ضائع نہیں ہوا۔",
  "storage.savedLocked": "اس ڈیوائس پر محفوظ ہے اور تالا لگا ہے۔",
  "storage.saveAndLock": "محفوظ کریں اور تالا لگائیں",
  "storage.deleteQuestion": "اس ڈیوائس پر محفوظ سب کچھ مٹا دیں؟",
  "storage.yesDelete": "ہاں، سب کچھ مٹا دیں",
  "storage.noKeep": "نہیں، رہنے دیں",

  // Keep your plan (the storage controls)
  "storage.keep.title": "اپنا منصوبہ رکھیں",
  "storage.keep.unavailable":
    "یہ براؤزر ویب سائٹوں کو ڈیوائس پر کچھ محفوظ کرنے نہیں دیتا (کچھ پرائیویٹ ونڈوز اسے روکتی ہیں)۔ پھر بھی اپنا منصوبہ یہاں لکھا جا سکتا ہے، پرنٹ کیا جا سکتا ہے، یا اس کی تالا لگی کاپی فائل کی صورت میں محفوظ کی جا سکتی ہے۔",
  "storage.keep.lockedHere": "اس ڈیوائس پر پہلے سے ایک تالا لگا منصوبہ محفوظ ہے۔",
  "storage.keep.openIt": "اسے کھولیں",
  "storage.keep.saveOnDevice": "اس ڈیوائس پر محفوظ کریں",
  "storage.keep.lockNow": "ابھی تالا لگائیں",
  "storage.keep.saveCopy": "کاپی محفوظ کریں",
  "storage.keep.openCopy": "محفوظ کاپی کھولیں",
  "storage.keep.toPhone": "فون پر منتقل کریں",
  "storage.keep.deleteEverything": "اس ڈیوائس سے سب کچھ مٹا دیں",
  // Where what you write is kept (under a plan's introduction)
  "storage.where.screenTitle": "صرف اسی اسکرین پر رکھا ہے۔",
  "storage.where.screenText":
    "اپنے منصوبوں کے درمیان آنے جانے سے یہ رہتا ہے؛ براؤزر کا «پیچھے» بٹن دبانے، یہ صفحہ دوبارہ لوڈ کرنے، ٹیب بند کرنے یا «یہ صفحہ بند کریں» کا بٹن دبانے سے مٹ جاتا ہے۔",
};
