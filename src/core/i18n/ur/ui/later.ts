import type { later as en } from "../../en/ui/later";
import type { Translation } from "../../types";

/** The workspace's warnings in Urdu: "آپ", polite imperatives, calm and plain. Drafted from the English, not yet reviewed by a fluent speaker. */
export const later: Translation<typeof en> = {
  // A newer revision was saved than the one this tab's words are based on (by whom, the code
  // cannot always know: another tab, another window, a session's hand-over).
  "workspace.stale.title": "اس منصوبے کا ایک نیا ورژن اس ڈیوائس پر محفوظ ہو چکا ہے۔",
  "workspace.stale.text":
    "اس ٹیب میں آپ کی تازہ تبدیلیاں ابھی اسکرین پر ہیں، لیکن محفوظ نہیں ہوئیں، تاکہ وہ نئے منصوبے کے اوپر نہ لکھی جائیں۔",
  "workspace.stale.keepMine": "میرا منصوبہ ایک کاپی کے طور پر رکھیں، نئے منصوبے کے ساتھ",
  "workspace.stale.showNewer": "نیا منصوبہ دکھائیں (یہاں میری تبدیلیاں چھوڑ دیں)",

  // Before a link leaves the workspace and clears unsaved answers.
  "workspace.leave.title": "یہاں سے جائیں اور لکھا ہوا مٹا دیں؟",
  "workspace.leave.savedAsFile":
    "آپ کی تالا لگی کاپی فائل میں محفوظ ہے۔ جانے سے یہ اسکرین پھر بھی صاف ہو جائے گی، لیکن فائل میں سب کچھ رہے گا۔",
  /** {where} is the link's own words in quotes, or "that page"; {answers} is what would be lost. */
  "workspace.leave.wouldLose":
    "{where} پر جانے سے یہ اسکرین صاف ہو جائے گی۔ یہ جواب ابھی کہیں محفوظ نہیں ہیں، اور ضائع ہو جائیں گے: {answers}۔",
  "workspace.leave.linkName": "«{label}»",
  "workspace.leave.thatPage": "اس صفحے",
  "workspace.leave.stay": "یہیں رہیں",
  "workspace.leave.saveFirst": "پہلے کاپی محفوظ کریں",
  "workspace.leave.leave": "جائیں اور مٹا دیں",

  // The phone numbers, inside the workspace.
  "workspace.numbers.title": "مدد کے لیے فون نمبر",
  "workspace.numbers.intro":
    "آپ کا منصوبہ اس حصے کے پیچھے ویسے ہی موجود ہے۔ اگر ابھی خطرہ ہے تو 999 پر فون کریں۔ موبائل پر، اگر بول نہ سکیں تو پوچھے جانے پر 55 دبائیں۔",
  "workspace.numbers.back": "اپنے منصوبے پر واپس جائیں",
  "workspace.numbers.forChildren": "بچوں اور نوجوانوں کے لیے",
  "workspace.numbers.backToPractice": "مشق پر واپس جائیں",
  // In place of the numbers, while practising: a pretend call must be nowhere near a real one.
  "workspace.numbers.practising":
    "یہ صرف مشق ہے، اس لیے یہاں سے کسی کو فون نہیں ہو سکتا۔ اسی لیے نمبر اس اسکرین پر نہیں ہیں۔ اگر سچ مچ خطرہ ہو تو فون سے 999 ملائیں۔ آپ کے نمبر آپ کے منصوبے میں ہیں۔",

  // Notices after another tab did something, or a save failed.
  "workspace.notice.updated": "یہ منصوبہ کسی اور ٹیب میں بدلا گیا۔ اب اس کا نیا ورژن دکھایا جا رہا ہے۔",
  "workspace.notice.lockedElsewhere": "اسے کسی اور ٹیب میں تالا لگا دیا گیا۔",
  "workspace.notice.deletedElsewhere": "اس ڈیوائس پر محفوظ سب کچھ کسی اور ٹیب میں مٹا دیا گیا۔",
  "workspace.notice.replacedElsewhere":
    "اس ڈیوائس پر محفوظ منصوبہ بدل گیا ہے، اور اب اس ٹیب والے پاس فریز سے نہیں کھلتا۔ اس اسکرین پر جو ہے وہ وہاں محفوظ نہیں: اسے رکھنے کے لیے اس کی کاپی فائل میں محفوظ کریں۔",
  "workspace.notice.gone":
    "اس ڈیوائس پر محفوظ منصوبہ اب وہاں نہیں ہے۔ اس اسکرین پر جو ہے وہ ابھی کہیں محفوظ نہیں: اسے دوبارہ اس ڈیوائس پر محفوظ کریں، یا اس کی کاپی فائل میں محفوظ کریں۔",
  "workspace.notice.keptCopies":
    "نیا منصوبہ کھلا ہے، اور اس ٹیب والی آپ کی تبدیلیاں اس کے ساتھ کاپیوں کی صورت میں رکھی گئی ہیں۔",
  "workspace.notice.notLockedSaveFailed":
    "آپ کی تازہ تبدیلیاں اس ڈیوائس پر محفوظ نہیں ہو سکیں، اس لیے وہ اسے دوبارہ کھولنے تک سنبھال کر رکھی گئی ہیں۔",
};
