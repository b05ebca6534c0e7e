import type { forms as en } from "../../en/ui/forms";
import type { Translation } from "../../types";

/** The passphrase forms, the file panels and the locked screen, in Urdu: "آپ", polite imperatives, kind when something fails; the locked screen stays neutral. Drafted from the English, not yet reviewed by a fluent speaker. */
export const forms: Translation<typeof en> = {
  // Opening a copy or the saved plan: every way it can fail, kindly
  "storage.error.wrongPassphrase":
    "اس پاس فریز سے یہ نہیں کھلا۔ ٹائپ کی غلطیاں اور خالی جگہیں دیکھیں، اور کی بورڈ کی زبان (اردو یا انگریزی) بھی، پھر دوبارہ کوشش کریں۔ اگر پھر بھی نہ کھلے تو ہو سکتا ہے محفوظ کی گئی چیز خراب ہو۔",
  "storage.error.notPlanFile": "یہ اس سائٹ کی محفوظ کاپی نہیں ہے، اس لیے یہاں نہیں کھل سکتی۔",
  "storage.error.newerVersion":
    "یہ اس سائٹ کے نئے ورژن سے محفوظ کی گئی تھی، اس لیے یہ ورژن اسے نہیں کھول سکتا۔ سائٹ چلانے والے ادارے سے کہیں کہ وہ اسے اپ ڈیٹ کرے۔",
  "storage.error.tooLarge": "یہ فائل اس سائٹ کی محفوظ کاپی ہونے کے لیے بہت بڑی ہے۔",
  "storage.error.damaged": "یہ فائل خراب ہے، اس لیے نہیں کھل سکتی۔",
  "storage.error.notBundle": "یہ کھل گئی، لیکن اس کے اندر اس سائٹ کا منصوبہ نہیں ہے، اس لیے کچھ لوڈ نہیں کیا گیا۔",
  "storage.error.invalid":
    "یہ کھل گئی، لیکن اس کے اندر کچھ چیزیں ٹھیک نہیں لگتیں، اس لیے احتیاطاً کچھ لوڈ نہیں کیا گیا۔",
  "storage.error.missing": "اس ڈیوائس پر اب کوئی منصوبہ محفوظ نہیں، اس لیے یہاں کھولنے کو کچھ نہیں ہے۔",
  "storage.error.storageFailed":
    "اس براؤزر نے محفوظ چیز پڑھنے نہیں دی۔ دوبارہ کوشش کریں، یا پہلے اس سائٹ کے دوسرے ٹیب بند کریں۔",

  // The passphrase form
  "storage.pass.choose": "ایک پاس فریز چنیں",
  "storage.pass.label": "پاس فریز",
  "storage.pass.hint":
    "چند بے جوڑ الفاظ یاد رکھنے میں آسان اور اندازہ لگانے میں مشکل ہوتے ہیں۔ کوئی اسے آپ کے لیے دوبارہ سیٹ نہیں کر سکتا، اس لیے اسے کسی محفوظ جگہ رکھیں، یا یاد کر لیں۔ اگر براؤزر اسے محفوظ کرنے کا پوچھے تو «کبھی نہیں» چنیں۔",
  "storage.pass.suggest": "میرے لیے ایک تجویز کریں",
  /** The button's name as the advice quotes it. */
  "storage.pass.suggestQuoted": "«میرے لیے ایک تجویز کریں»",
  /** A second suggestion button, for English words in a to z (see suggestedNoteLatin); not shown on Urdu pages, whose suggestions are English words (docs/languages/ur.md). */
  "storage.pass.suggestLatin": "انگریزی حروف میں ایک تجویز کریں",
  "storage.pass.suggested":
    "آپ کا پاس فریز یہ ہے: {words}۔ اسے ابھی یاد کر لیں۔ اگر آپ اسے لکھیں تو ایسی جگہ رکھیں جہاں کوئی اور اسے نہ ڈھونڈ سکے، منصوبے کے ساتھ کبھی نہیں۔",
  "storage.pass.larger": "اسے بڑا کر کے دکھائیں",
  /**
   * After a suggestion in the page's language (docs/translations.md says why). Urdu pages suggest
   * English words on purpose (Urdu and Arabic keyboards type some letters as different code points,
   * docs/languages/ur.md), so this is not shown there; kept for a reviewed Urdu list.
   */
  "storage.pass.suggestedNote":
    "اس کے الفاظ اردو میں ہیں، اس لیے انہیں لکھنے کے لیے اردو کی بورڈ چاہیے، بالکل ویسے ہی جیسے یہاں نظر آ رہے ہیں۔ اگر اردو کی بورڈ ہر بار نہ ملے تو «انگریزی حروف میں ایک تجویز کریں» چنیں۔",
  /** After a suggestion in English letters: on Urdu pages, every suggestion (English words on purpose, docs/languages/ur.md). */
  "storage.pass.suggestedNoteLatin":
    "یہ انگریزی الفاظ ہیں، جن میں صرف a سے z تک کے حروف ہیں، اس لیے یہ ہر فون یا کی بورڈ پر ایک ہی طرح لکھے جاتے ہیں۔",
  "storage.pass.again": "پاس فریز دوبارہ لکھیں",
  "storage.pass.show": "پاس فریز دکھائیں",
  "storage.pass.typeFirst": "پہلے پاس فریز لکھیں۔",
  "storage.pass.notSame": "دونوں پاس فریز ایک جیسے نہیں ہیں۔ دونوں خانوں میں دوبارہ لکھیں۔",
  "storage.pass.mustDiffer": "پہلی کاپی سے مختلف پاس فریز رکھیں، تاکہ ہر شخص کا اپنا ہو۔",
  "storage.pass.tooEasy": "اس پاس فریز کا اندازہ کوئی اور بہت آسانی سے لگا سکتا ہے۔",
  "storage.pass.orUse": "یا {button} استعمال کریں۔",

  // How strong a new passphrase is (src/core/crypto/passphrase.ts)
  "storage.strength.tooEasy": "اندازہ لگانا بہت آسان",
  "storage.strength.weak": "کمزور",
  "storage.strength.fair": "ٹھیک ٹھاک",
  "storage.strength.good": "اچھا",
  "storage.strength.strong": "مضبوط",
  "storage.advice.empty": "پاس فریز لکھیں، یا {button} استعمال کریں۔",
  "storage.advice.common": "اس میں ایک بہت عام پاس ورڈ ہے، اس لیے اس کا اندازہ جلدی لگ جائے گا۔",
  "storage.advice.personal":
    "نام اور تاریخیں، جیسے سالگرہ یا کوئی سال، آپ کو جاننے والے کے لیے اندازہ لگانا آسان ہوتی ہیں۔",
  "storage.advice.pattern": "دہرائے ہوئے حروف، «abcd» یا «1234» جیسی ترتیب، اور سال آسانی سے بوجھے جاتے ہیں۔",
  "storage.advice.shortButStrong": "اچھا ملا جلا ہے – بس اسے کم از کم {min} حروف لمبا ہونا چاہیے۔",
  "storage.advice.short":
    "اسے تھوڑا لمبا کریں – کم از کم {min} حروف۔ چار یا زیادہ بے جوڑ الفاظ اچھے رہتے ہیں، یا {button} استعمال کریں۔",
  "storage.advice.commonWords": "یہ الفاظ عام ہیں، اس لیے ملا کر بھی ان کا اندازہ لگانا آسان ہے۔",
  "storage.advice.tryRarer": "کم عام الفاظ آزمائیں جن کا ایک دوسرے سے کوئی تعلق نہ ہو، یا {button} استعمال کریں۔",
  "storage.advice.weak": "چار یا زیادہ بے جوڑ الفاظ آزمائیں، یا {button} استعمال کریں۔",
  "storage.advice.fair": "بس تھوڑا سا اور۔ ایک دو اور بے جوڑ الفاظ سے اس کا اندازہ لگانا بہت مشکل ہو جائے گا۔",
  "storage.advice.good": "یہ اچھا پاس فریز ہے۔ بس یہ پکا کر لیں کہ یہ آپ کو یاد رہے گا۔",
  "storage.advice.strong": "بہت خوب – اس کا اندازہ لگانا بہت مشکل ہوگا۔ بس یہ پکا کر لیں کہ یہ آپ کو یاد رہے گا۔",

  // Save a copy (a locked file)
  "storage.export.tooMuch":
    "ایک فائل کے لیے یہ بہت زیادہ ہے۔ کچھ منصوبے الگ سے محفوظ کریں، یا کچھ جواب چھوٹے کریں۔ اس اسکرین پر کچھ نہیں بدلا۔",
  "storage.export.failed": "اس براؤزر میں کاپی نہیں بن سکی۔ اس اسکرین پر کچھ نہیں بدلا۔",
  "storage.export.title": "تالا لگی کاپی فائل میں محفوظ کریں",
  "storage.export.titlePro": "اس شخص کی تالا لگی فائل",
  "storage.export.intro":
    "فائل کو اس پاس فریز سے تالا لگتا ہے جو آپ یہاں چنیں، اور یہ کسی بھی دوسرے سے مختلف ہو سکتا ہے۔ فائل کو میموری اسٹک پر رکھیں، خود کو ای میل کریں، یا کسی سپورٹ ورکر کو رکھنے کے لیے دے دیں۔",
  "storage.export.introPro":
    "اس شخص سے کہیں کہ پاس فریز خود چنے اور خود یہاں لکھے۔ اگر آپ ان کی جگہ لکھیں تو یقین کر لیں کہ انہیں یہ معلوم ہے، اور اسے کبھی فائل والی جگہ پر نہ لکھیں۔",
  "storage.export.download": "تالا لگی کاپی ڈاؤن لوڈ کریں",
  "storage.export.downloadPro": "اس شخص کی کاپی ڈاؤن لوڈ کریں",
  "storage.export.doneTitle": "آپ کی تالا لگی کاپی ڈاؤن لوڈ ہو رہی ہے",
  "storage.export.doneText":
    "اسے اپنے ڈاؤن لوڈز میں دیکھیں۔ یہ صرف آپ کے چنے ہوئے پاس فریز سے کھلتی ہے۔ اگر ڈاؤن لوڈز کا فولڈر محفوظ نہیں، تو فائل کہیں اور رکھنے کے بعد اسے وہاں سے ہٹا دیں یا مٹا دیں۔",
  "storage.export.second": "سپورٹ ورکر کے لیے دوسری کاپی بنائیں",
  "storage.export.secondPro": "اپنے ریکارڈ کے لیے دوسری کاپی بنائیں",
  "storage.export.secondIntro":
    "سپورٹ ورکر کی کاپی کا اپنا پاس فریز ہوتا ہے، تاکہ وہ آپ کا پاس فریز جانے بغیر اپنی کاپی کھول سکیں۔ انہیں پاس فریز زبانی بتائیں، فائل والے پیغام میں کبھی نہیں۔",
  "storage.export.secondIntroPro":
    "آپ کی کاپی کا اپنا پاس فریز ہے، اس شخص کے پاس فریز سے مختلف، تاکہ کوئی ایک پاس فریز دونوں فائلیں نہ کھولے۔ اسے اپنے ادارے کے ریکارڈ میں رکھیں۔",
  "storage.export.downloadSecond": "سپورٹ ورکر کی کاپی ڈاؤن لوڈ کریں",
  "storage.export.downloadSecondPro": "میری کاپی ڈاؤن لوڈ کریں",
  "storage.export.secondDone": "دوسری کاپی بھی ڈاؤن لوڈ ہو رہی ہے۔",

  // Open a saved copy
  "storage.import.unreadable": "وہ فائل پڑھی نہیں جا سکی۔",
  "storage.import.chooseFile": "فائل چنیں",
  "storage.import.dragHint": "یا فائل کو کھینچ کر یہاں لائیں۔",
  "storage.import.openThis": "یہ کاپی کھولیں",
  "storage.import.holds": "کاپی کھل گئی ہے۔ اس میں یہ ہے: {plans}۔",
  "storage.import.alreadyHave": "اس اسکرین پر پہلے سے آپ کے جواب موجود ہیں۔ اب کیا کرنا ہے؟",
  "storage.import.alreadyHaveHeld": "اس اسکرین پر پہلے سے آپ کے جواب موجود ہیں: {held}۔ اب کیا کرنا ہے؟",
  "storage.import.replacesSaved": "بدلنے سے اس ڈیوائس پر محفوظ منصوبہ بھی بدل جائے گا۔",
  "storage.import.replace": "یہاں سب کچھ بدل دیں",
  "storage.import.keepBoth": "دونوں رکھیں",

  // The unlock screen: neutral, it does not say what is locked
  "storage.unlock.title": "تالا لگا ہے",
  "storage.unlock.intro": "اس ڈیوائس پر محفوظ چیز کھولنے کے لیے اپنا پاس فریز لکھیں۔",
  "storage.unlock.open": "کھولیں",
  "storage.unlock.forgot": "پاس فریز یاد نہیں؟",
  "storage.unlock.forgotText":
    "پاس فریز کے بغیر اسے کوئی نہیں کھول سکتا، اس سائٹ کو چلانے والے بھی نہیں۔ اسی سے یہ نجی رہتا ہے۔ اگر یاد نہ آئے تو محفوظ چیز مٹا کر نئے سرے سے شروع کیا جا سکتا ہے۔",
  "storage.unlock.cannotUndo": "یہ واپس نہیں ہو سکتا۔",
  "storage.unlock.deleteAndStart": "سب کچھ مٹائیں اور نئے سرے سے شروع کریں",
  "storage.unlock.continueWithout": "اسے کھولے بغیر آگے بڑھیں",
  "storage.unlock.continueNote": "(محفوظ چیز پر تالا لگا رہے گا، اور کچھ نیا محفوظ نہیں ہوگا)",
  "storage.save.unavailable":
    "یہ براؤزر ویب سائٹوں کو ڈیوائس پر کچھ محفوظ کرنے نہیں دیتا (کچھ پرائیویٹ ونڈوز اسے روکتی ہیں)۔ آپ کا منصوبہ ابھی یہیں ہے۔ اس کی جگہ تالا لگی کاپی فائل میں محفوظ کی جا سکتی ہے۔",
  "storage.save.failed":
    "اس براؤزر نے محفوظ کرنے نہیں دیا۔ آپ کا منصوبہ ابھی اسکرین پر موجود ہے۔ اس کی جگہ کاپی فائل میں محفوظ کی جا سکتی ہے۔",
  "storage.save.clashTitle": "اس ڈیوائس پر پہلے سے ایک منصوبہ تالا لگا کر محفوظ ہے۔",
  "storage.save.clashText":
    "کچھ نہیں بدلا گیا، اور اس اسکرین پر جو ہے وہ ابھی یہیں ہے۔ محفوظ منصوبہ کھولا جا سکتا ہے (اسکرین والا اس کے ساتھ رکھا جائے گا)، یا محفوظ منصوبے کی جگہ اسکرین والا رکھا جا سکتا ہے۔",
  "storage.save.openSaved": "محفوظ منصوبہ کھولیں",
  "storage.save.replaceSaved": "محفوظ منصوبہ بدل دیں (وہ مٹ جائے گا)",
  "storage.save.replaced": "پہلے والے منصوبے کی جگہ اس ڈیوائس پر محفوظ ہو گیا اور تالا لگ گیا۔",
  "storage.save.title": "اس ڈیوائس پر تالا لگا کر محفوظ کریں",
  "storage.save.text": {
    one: "آپ کے منصوبے کو پاس فریز سے تالا لگے گا اور یہ اس براؤزر میں رکھا جائے گا۔ ہر تبدیلی خود محفوظ ہوتی ہے۔ 1 منٹ استعمال نہ ہونے پر، «یہ صفحہ بند کریں» دبانے پر، اور «ابھی تالا لگائیں» چننے پر اسے خود تالا لگ جاتا ہے۔ اس ڈیوائس کو استعمال کرنے والا کوئی بھی دیکھ سکتا ہے کہ کچھ محفوظ ہے، لیکن اسے پڑھ نہیں سکتا۔",
    other:
      "آپ کے منصوبے کو پاس فریز سے تالا لگے گا اور یہ اس براؤزر میں رکھا جائے گا۔ ہر تبدیلی خود محفوظ ہوتی ہے۔ {count} منٹ استعمال نہ ہونے پر، «یہ صفحہ بند کریں» دبانے پر، اور «ابھی تالا لگائیں» چننے پر اسے خود تالا لگ جاتا ہے۔ اس ڈیوائس کو استعمال کرنے والا کوئی بھی دیکھ سکتا ہے کہ کچھ محفوظ ہے، لیکن اسے پڑھ نہیں سکتا۔",
  },
  "storage.delete.text":
    "اس اسکرین والا منصوبہ بھی مٹ جائے گا۔ یہ واپس نہیں ہو سکتا۔ فائل کی صورت میں محفوظ کاپیوں پر کوئی اثر نہیں پڑے گا۔",
  "storage.delete.done": "اس ڈیوائس پر محفوظ سب کچھ مٹا دیا گیا ہے۔",
  "storage.delete.traces":
    "مٹانے کے بعد بھی براؤزر کچھ دیر پرانی تالا لگی کاپیاں اپنی فائلوں میں رکھ سکتا ہے۔ وہ بھی صرف آپ کے پاس فریز سے کھلتی ہیں۔ پھر یہ سائٹ براؤزر سے انہیں صاف کرنے کو کہتی ہے۔ پوری تسلی کے لیے، براؤزر کی سیٹنگز میں اس سائٹ کا ڈیٹا بھی صاف کیا جا سکتا ہے۔",
  "storage.import.openedReplace":
    "محفوظ کاپی کھل گئی ہے: {plans}۔ ان کے درمیان جانے کے لیے اوپر «آپ کے منصوبے» استعمال کریں۔",
  "storage.import.openedBeside":
    "محفوظ کاپی آپ کے پہلے والے کام کے ساتھ کھل گئی ہے: {plans}۔ ان کے درمیان جانے کے لیے اوپر «آپ کے منصوبے» استعمال کریں۔",

  "storage.save.savingText": {
    one: "آپ کے لکھتے ہی تبدیلیاں آپ کے سب منصوبوں کے لیے محفوظ ہوتی جاتی ہیں۔ 1 منٹ استعمال نہ ہونے پر، اور «یہ صفحہ بند کریں» دبانے پر اسے خود تالا لگ جاتا ہے۔",
    other:
      "آپ کے لکھتے ہی تبدیلیاں آپ کے سب منصوبوں کے لیے محفوظ ہوتی جاتی ہیں۔ {count} منٹ استعمال نہ ہونے پر، اور «یہ صفحہ بند کریں» دبانے پر اسے خود تالا لگ جاتا ہے۔",
  },
};
