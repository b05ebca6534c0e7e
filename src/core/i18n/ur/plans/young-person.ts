import type { youngPerson as en } from "../../en/plans/young-person";
import type { Translation } from "../../types";

/**
 * The words of the young-person template (src/core/plans/templates/young-person.ts), in Urdu,
 * for 12 to 17: plain, warm, short sentences. The young person is addressed as "آپ", with the
 * polite imperative, the same for a girl and a boy; their own labels ("I agree", "If I get
 * hurt…") avoid a gendered verb (مجھے، subjunctive, passive). The "askQuestions" are for the
 * adult or worker. Print titles and labels read as ordinary notes. Drafted from the English,
 * not yet reviewed by a fluent speaker.
 */
export const youngPerson: Translation<typeof en> = {
  "young-person.title": "میرا منصوبہ",
  "young-person.neutralTitle": "میرے نوٹس",
  "young-person.intro": [
    "یہ منصوبہ آپ کو محفوظ رکھنے کے بارے میں ہے۔ یہ آپ کا ہے، اور آپ جو سوال چاہیں چھوڑ سکتے ہیں۔",
    "گھر میں جو ہوتا ہے وہ آپ کی غلطی نہیں، اور اسے روکنا آپ کا کام نہیں۔ منصوبہ یہ وعدہ نہیں کر سکتا کہ کچھ برا نہیں ہو گا، لیکن یہ جاننے میں مدد دے سکتا ہے کہ کیا کرنا ہے۔",
    "بہتر ہے کہ منصوبہ کسی بھروسے والے بڑے کے ساتھ بنائیں، جیسے سپورٹ ورکر یا استاد، اور مل کر اس کی مشق کریں۔ شاید زیادہ محفوظ ہو کہ منصوبہ آپ کی بجائے وہ رکھیں۔",
    "اگر آپ اس وقت خطرے میں ہیں تو 999 پر فون کریں۔",
  ],
  "young-person.what-i-know.title": "جو مجھے پتہ ہے",
  "young-person.what-i-know.printTitle": "یاد رکھنے کی باتیں",
  "young-person.what-i-know.help": [
    "ہر ایک کا حق ہے کہ وہ محفوظ رہے اور اس کا خیال رکھا جائے۔ گھر میں چیخنا، مارنا اور دھمکیاں کبھی آپ کی غلطی نہیں، اور آپ جتنی بھی کوشش کریں، انہیں روک نہیں سکتے۔",
    "خود کو محفوظ رکھنا سب سے پہلے ہے۔ اس کا مطلب عام اصول توڑنا بھی ہو سکتا ہے: انکار کرنا، چلانا، چیخنا، یا مدد کے لیے بھاگ جانا۔",
  ],
  "young-person.what-i-know.questions": [
    "جب گھر میں جھگڑا شروع ہوتا ہے تو آپ ابھی کیا کرتے ہیں؟",
    "خود کو محفوظ رکھنے کے لیے آپ اور کیا کر سکتے ہیں؟",
  ],
  "young-person.what-i-know.askQuestions": [
    "جب گھر کے بڑے جھگڑنے لگیں، یا کسی کو چوٹ لگے، تو آپ عام طور پر کیا کرتے ہیں؟",
    "کیا آپ نے کبھی اسے روکنے کی کوشش کی ہے؟ (فکر کرنے کا شکریہ ادا کریں، اور صاف بتائیں کہ اسے روکنا ان کا کام نہیں۔)",
    "گھر میں جو ہوتا ہے، اس کے بارے میں آپ کن بڑوں سے بات کر سکتے ہیں؟",
  ],
  "young-person.what-i-know.right-to-be-safe.label":
    "ہر ایک کا حق ہے کہ وہ محفوظ رہے اور اس کا خیال رکھا جائے، میرا بھی۔",
  "young-person.what-i-know.right-to-be-safe.printLabel": "کوئی میرا خیال رکھے، یہ میرا حق ہے",
  "young-person.what-i-know.right-to-be-safe.agreeText": "مجھے اتفاق ہے",
  "young-person.what-i-know.not-my-fault.label": "گھر میں چیخنا اور مارنا میری غلطی نہیں۔",
  "young-person.what-i-know.not-my-fault.printLabel": "اس میں سے کچھ بھی میری ذمہ داری نہیں",
  "young-person.what-i-know.not-my-fault.agreeText": "مجھے اتفاق ہے",
  "young-person.what-i-know.cannot-stop-it.label": "تشدد کو روکنا میرے بس میں نہیں، اور کوشش کرنا میرا کام نہیں۔",
  "young-person.what-i-know.cannot-stop-it.printLabel": "اسے ٹھیک کرنا میرا کام نہیں",
  "young-person.what-i-know.cannot-stop-it.agreeText": "مجھے اتفاق ہے",
  "young-person.what-i-know.ok-to-break-rules.label":
    "محفوظ رہنے کے لیے اصول توڑنا ٹھیک ہے: مجھے انکار کرنے، چلانے، چیخنے یا بھاگنے کا حق ہے۔",
  "young-person.what-i-know.ok-to-break-rules.printLabel": "کبھی کبھی کوئی اصول توڑنا ٹھیک ہے",
  "young-person.what-i-know.ok-to-break-rules.agreeText": "مجھے اتفاق ہے",
  "young-person.what-i-know.other-ways-to-keep-safe.label": "خود کو محفوظ رکھنے کے اور طریقے",
  "young-person.what-i-know.other-ways-to-keep-safe.printLabel": "اور خیالات",
  "young-person.getting-out-of-the-way.title": "راستے سے ہٹ جانا",
  "young-person.getting-out-of-the-way.printTitle": "گھر پر",
  "young-person.getting-out-of-the-way.help": [
    "جب گھر میں تشدد شروع ہو تو سب سے محفوظ کام راستے سے ہٹ جانا ہے۔ بیچ میں آنے کی کوشش نہ کریں، چاہے آپ مدد کرنا چاہیں۔ محفوظ رہنا ہی آپ کی مدد ہے۔",
    "جس کمرے میں یہ ہو رہا ہو وہاں سے نکل جائیں اور کسی ایسی جگہ جائیں جہاں آپ محفوظ محسوس کریں۔",
  ],
  "young-person.getting-out-of-the-way.questions": [
    "گھر میں آپ کہاں سب سے زیادہ محفوظ محسوس کرتے ہیں؟",
    "کیا آپ جھگڑے کے پاس سے گزرے بغیر جلدی وہاں پہنچ سکتے ہیں؟",
    "اگر ضرورت ہو تو کیا گھر سے باہر جانے کا کوئی راستہ ہے؟",
  ],
  "young-person.getting-out-of-the-way.askQuestions": [
    "جب حالات بگڑنے لگیں تو آپ ابھی کہاں جاتے ہیں؟",
    "کیا کوئی ایسا کمرہ ہے جس کا دروازہ بند ہو سکے، یا گھر سے باہر جانے کا راستہ؟",
    "کیا کوئی ایسا فون ہے جس تک آپ ایمرجنسی میں پہنچ سکیں؟",
  ],
  "young-person.getting-out-of-the-way.get-out-of-the-way.label":
    "جب تشدد شروع ہو تو میرے لیے سب سے محفوظ کام راستے سے ہٹ جانا ہے۔",
  "young-person.getting-out-of-the-way.get-out-of-the-way.printLabel": "شور ہو تو دور ہٹ جانا",
  "young-person.getting-out-of-the-way.get-out-of-the-way.agreeText": "مجھے اتفاق ہے",
  "young-person.getting-out-of-the-way.safe-room.label": "گھر میں وہ کمرہ یا جگہ جہاں میں محفوظ محسوس کروں",
  "young-person.getting-out-of-the-way.safe-room.printLabel": "ایک اچھا کمرہ",
  "young-person.getting-out-of-the-way.safe-room.sentence": "گھر میں میری محفوظ جگہ",
  "young-person.getting-out-of-the-way.safe-room-locks.label": "کیا دروازے پر تالا یا کنڈی ہے؟",
  "young-person.getting-out-of-the-way.safe-room-locks.printLabel": "دروازے پر کنڈی",
  "young-person.calling-for-help.title": "مدد کے لیے فون کرنا",
  "young-person.calling-for-help.printTitle": "فون",
  "young-person.calling-for-help.help": [
    "اگر محفوظ ہو تو 999 پر فون کریں اور پولیس مانگیں۔ جب کسی کو چوٹ پہنچائی جا رہی ہو تو فون کرنا صحیح کام ہے۔",
    "انہیں اپنا نام، پتہ اور کیا ہو رہا ہے، بتائیں۔ اگر آپ موبائل پر ہیں اور بول نہیں سکتے تو لائن پر رہیں اور جب کہا جائے تو 55 دبائیں۔ اس سے انہیں پتہ چلتا ہے کہ یہ واقعی ایمرجنسی ہے۔",
  ],
  "young-person.calling-for-help.questions": [
    "سب سے قریب فون کہاں ہے، اور کیا آپ محفوظ طریقے سے اس تک پہنچ سکتے ہیں؟",
    "کیا آپ کو اپنا پورا پتہ اور پوسٹ کوڈ زبانی یاد ہے؟",
  ],
  "young-person.calling-for-help.askQuestions": [
    "کیا آپ نے پہلے کبھی گھر میں کچھ ہوتے وقت پولیس کو فون کیا ہے؟ کیا ہوا تھا؟",
    "کیا آپ جانتے ہیں کہ آپریٹر سے کیا کہنا ہے؟",
    "کیا ہم مل کر 999 پر فون کرنے کی مشق کریں؟",
  ],
  "young-person.calling-for-help.nearest-phone.label": "سب سے قریب فون",
  "young-person.calling-for-help.nearest-phone.hint": "آپ کا موبائل، گھر کا فون، یا کسی پڑوسی کا فون۔",
  "young-person.calling-for-help.nearest-phone.printLabel": "قریب ترین فون",
  "young-person.calling-for-help.call-my-name.label": "میرا نام، 999 پر فون میں بتانے کے لیے",
  "young-person.calling-for-help.call-my-name.printLabel": "میرا نام",
  "young-person.calling-for-help.call-my-name.sentence": "میرا نام",
  "young-person.calling-for-help.call-my-address.label": "میرا پتہ",
  "young-person.calling-for-help.call-my-address.hint": "اسے پوسٹ کوڈ سمیت زبانی یاد کریں۔",
  "young-person.calling-for-help.call-my-address.printLabel": "میرا پتہ",
  "young-person.calling-for-help.call-what-is-happening.label": "کیا ہو رہا ہے، یہ میں کیسے بتاؤں",
  "young-person.calling-for-help.call-what-is-happening.hint":
    "جیسے: «میری امی کو مارا جا رہا ہے اور ہمیں پولیس چاہیے۔»",
  "young-person.calling-for-help.call-what-is-happening.printLabel": "مجھے کیا کہنا ہے",
  "young-person.calling-for-help.silent-call.label":
    "اگر میں موبائل سے 999 پر فون کروں اور بول نہ سکوں تو جب کہا جائے، 55 دبانا ہے۔",
  "young-person.calling-for-help.silent-call.printLabel": "دو پانچ",
  "young-person.calling-for-help.silent-call.agreeText": "مجھے یہ پتہ ہے",
  "young-person.people-i-trust.title": "جن پر مجھے بھروسا ہے",
  "young-person.people-i-trust.printTitle": "لوگ",
  "young-person.people-i-trust.help": [
    "ایسے لوگ چنیں جو آپ کی بات سنیں اور ضرورت پر کچھ کریں: کوئی رشتہ دار، کسی دوست کے والدین، کوئی پڑوسی یا استاد۔",
    "خفیہ لفظ ایسا لفظ ہے جو آپ بول کر یا میسج میں بتا سکیں کہ آپ کو مدد چاہیے، اور کسی اور کو پتہ نہ چلے۔ یقین کر لیں کہ انہیں اس کا مطلب اور کرنے کا کام پتہ ہو۔",
  ],
  "young-person.people-i-trust.questions": [
    "آپ سب سے پہلے کس کے پاس جائیں گے؟",
    "کیا انہیں آپ کا خفیہ لفظ پتہ ہے، اور یہ کہ اسے سن کر کیا کرنا ہے؟",
  ],
  "young-person.people-i-trust.askQuestions": [
    "آپ کو کن بڑوں پر سب سے زیادہ بھروسا ہے؟",
    "کیا کسی اور کو پتہ ہے کہ گھر میں کیا ہو رہا ہے؟",
    "اگر آپ اپنا خفیہ لفظ استعمال کریں تو کیا ان لوگوں کو پتہ ہو گا کہ کیا کرنا ہے؟",
  ],
  "young-person.people-i-trust.trusted-people.label": "ایمرجنسی میں مدد کے لیے جن پر مجھے بھروسا ہے",
  "young-person.people-i-trust.trusted-people.printLabel": "جن پر مجھے بھروسا ہے",
  "young-person.people-i-trust.trusted-people.sentence": "جن پر مجھے بھروسا ہے",
  "young-person.people-i-trust.code-word.label": "میرا خفیہ لفظ، جس کا مطلب ہے «مجھے مدد چاہیے»",
  "young-person.people-i-trust.code-word.printLabel": "یاد رکھنے کا لفظ",
  "young-person.brothers-and-sisters.title": "میرے بہن بھائی",
  "young-person.brothers-and-sisters.printTitle": "بہن بھائی",
  "young-person.brothers-and-sisters.help": [
    "اگر آپ کے بہن بھائی ہیں تو اچھا ہے کہ سب کو پتہ ہو کہ کیا کرنا ہے۔ انہیں محفوظ رکھنا آپ کا کام نہیں، لیکن آپ ایک دوسرے کے منصوبے جان سکتے ہیں۔",
  ],
  "young-person.brothers-and-sisters.questions": [
    "کیا آپ کے بہن بھائیوں کو پتہ ہے کہ حالات بگڑنے پر کہاں جانا ہے؟",
    "کیا کوئی بڑا ہے جو دیکھتا ہے کہ چھوٹے بچے محفوظ ہیں؟",
  ],
  "young-person.brothers-and-sisters.askQuestions": [
    "کیا جھگڑوں کے دوران آپ کے کسی بہن یا بھائی کو چوٹ لگی ہے؟",
    "کیا چھوٹے بچوں کا کسی بھروسے والے بڑے کے ساتھ اپنا منصوبہ ہے؟",
  ],
  "young-person.brothers-and-sisters.siblings-have-plan.label":
    "میرے بہن بھائیوں کا اپنا منصوبہ ہے، اور مجھے پتہ ہے کہ وہ کیا ہے",
  "young-person.brothers-and-sisters.siblings-have-plan.printLabel": "ان کے اپنے نوٹس ہیں",
  "young-person.brothers-and-sisters.siblings-have-plan.sentence": "میرے بہن بھائیوں کا اپنا منصوبہ ہے",
  "young-person.brothers-and-sisters.siblings-know-mine.label": "انہیں پتہ ہے کہ میرا منصوبہ کیا ہے",
  "young-person.brothers-and-sisters.siblings-know-mine.printLabel": "انہیں میرے نوٹس پتہ ہیں",
  "young-person.brothers-and-sisters.siblings-know-mine.sentence": "انہیں میرا منصوبہ پتہ ہے",
  "young-person.if-we-leave.title": "اگر ہم گھر چھوڑیں",
  "young-person.if-we-leave.printTitle": "جگہیں",
  "young-person.if-we-leave.help": [
    "کبھی کبھی خاندانوں کو جلدی میں گھر چھوڑنا پڑتا ہے۔ یہ جاننا کہ آپ کہاں جائیں گے، اور کسی محفوظ جگہ اپنی چیزوں کا بیگ تیار رکھنا، اسے کم ڈراؤنا بنا سکتا ہے۔",
  ],
  "young-person.if-we-leave.questions": ["آپ کہاں جانا چاہیں گے؟", "آپ اپنے ساتھ کیا لے جانا چاہیں گے؟"],
  "young-person.if-we-leave.askQuestions": [
    "اگر خاندان کو گھر چھوڑنا پڑے تو آپ کہاں جانا چاہیں گے؟",
    "کیا کوئی محفوظ رشتہ دار یا دوست ہے جو آپ کا بیگ رکھ سکے؟",
    "نئی جگہ جانے، یا اسکول بدلنے کے بارے میں آپ کو کیا فکر ہے؟",
  ],
  "young-person.if-we-leave.places-to-go.label": "اگر ہمیں گھر چھوڑنا پڑے تو میں یہاں جانا چاہوں",
  "young-person.if-we-leave.places-to-go.printLabel": "جگہیں جہاں جانا اچھا لگے",
  "young-person.if-we-leave.places-to-go.sentence": "جگہیں جہاں میں جانا چاہوں",
  "young-person.if-we-leave.my-bag.label": "میری ضروری چیزوں کا بیگ",
  "young-person.if-we-leave.my-bag.hint":
    "جیسے فون کا چارجر، کپڑے، دوا، اسکول کی چیزیں، اور کوئی ایسی چیز جو آپ کے لیے اہم ہو۔",
  "young-person.if-we-leave.my-bag.printLabel": "میرا بیگ",
  "young-person.if-we-leave.bag-kept-at.label": "میرا بیگ کہاں رکھا ہے",
  "young-person.if-we-leave.bag-kept-at.hint": "کسی محفوظ جگہ، جیسے کسی بھروسے والے رشتہ دار یا دوست کا گھر۔",
  "young-person.if-we-leave.bag-kept-at.printLabel": "میرا بیگ کہاں ہے",
  "young-person.if-someone-is-hurt.title": "اگر کسی کو چوٹ لگے",
  "young-person.if-someone-is-hurt.printTitle": "بتانے کے لیے لوگ",
  "young-person.if-someone-is-hurt.help": [
    "اگر آپ کو چوٹ لگے تو جتنی جلدی ہو سکے کسی بھروسے والے شخص کو بتائیں۔ اس سے آپ کسی کو مشکل میں نہیں ڈالتے: اسی طرح مدد ملتی ہے۔",
    "اگر آپ کی امی، ابو یا دیکھ بھال کرنے والے کو چوٹ لگے تب بھی یہی کریں۔ فون نمبر لکھ لیں تاکہ لوگوں تک جلدی پہنچ سکیں۔",
  ],
  "young-person.if-someone-is-hurt.questions": [
    "آپ اسکول میں کس کو بتائیں گے؟",
    "اگر یہ رات کو یا ہفتے کے آخر میں ہو تو آپ کس کو بتا سکتے ہیں؟",
  ],
  "young-person.if-someone-is-hurt.askQuestions": [
    "کیا جھگڑوں کے دوران خود آپ کو چوٹ لگی ہے؟",
    "اگر آپ کے والد یا والدہ کو چوٹ لگے تو آپ کس کو بتائیں گے؟",
  ],
  "young-person.if-someone-is-hurt.if-i-am-hurt.label": "اگر مجھے چوٹ لگے تو انہیں بتانا ہے",
  "young-person.if-someone-is-hurt.if-i-am-hurt.hint": "ان کے فون نمبر بھی لکھیں۔",
  "young-person.if-someone-is-hurt.if-i-am-hurt.printLabel": "اپنے بارے میں جنہیں بتانا ہے",
  "young-person.if-someone-is-hurt.if-i-am-hurt.sentence": "وہ لوگ جنہیں چوٹ لگنے پر بتانا ہے",
  "young-person.if-someone-is-hurt.if-parent-hurt.label":
    "اگر میرے والدین یا دیکھ بھال کرنے والے کو چوٹ لگے تو انہیں بتانا ہے",
  "young-person.if-someone-is-hurt.if-parent-hurt.hint": "ان کے فون نمبر بھی لکھیں۔",
  "young-person.if-someone-is-hurt.if-parent-hurt.printLabel": "والدین کے بارے میں جنہیں بتانا ہے",
  "young-person.if-someone-is-hurt.if-parent-hurt.sentence":
    "وہ لوگ جنہیں بتانا ہے اگر میرے والدین یا دیکھ بھال کرنے والے کو چوٹ لگے",
  "young-person.how-i-feel.title": "میرے احساسات",
  "young-person.how-i-feel.printTitle": "بات کرنے کے لیے لوگ",
  "young-person.how-i-feel.help": [
    "ایسے حالات میں رہنے سے ڈر، غصہ، اداسی یا سُن پن محسوس ہو سکتا ہے، یا یہ سب ایک ساتھ۔ آپ جو بھی محسوس کریں وہ ٹھیک ہے، اور کسی سے بات کرنا واقعی مدد دیتا ہے۔",
    "\u2066Childline\u2069 مفت ہے، 19 سال سے کم عمر ہر ایک کے لیے، اور اس کی کالز فون کے بل پر نظر نہیں آتیں۔ آپ ان سے آن لائن بھی رابطہ کر سکتے ہیں۔",
  ],
  "young-person.how-i-feel.questions": [
    "جب حالات مشکل ہوں تو کیا چیز آپ کو بہتر محسوس کرنے میں مدد دیتی ہے؟",
    "آپ کو کس سے بات کرنا آسان لگتا ہے؟",
  ],
  "young-person.how-i-feel.askQuestions": [
    "گھر میں جو ہو رہا ہے، اس سے آپ کیسا محسوس کرتے ہیں؟",
    "کیا آپ اس کے بارے میں اسکول میں، یا اکیلے میں سوچتے ہیں؟",
    "کیا آپ کو سونے میں مشکل ہوتی ہے، یا برے خواب آتے ہیں؟",
    "جب آپ اداس ہوں تو کیا چیز مدد دیتی ہے؟",
  ],
  "young-person.how-i-feel.talk-about-feelings.label": "جن سے میں اپنے احساسات کی بات کر سکوں",
  "young-person.how-i-feel.talk-about-feelings.hint":
    "ان کے فون نمبر بھی لکھیں۔ یہ کوئی رشتہ دار، استاد، کاؤنسلر، یا \u2066Childline\u2069 ہو سکتا ہے۔",
  "young-person.how-i-feel.talk-about-feelings.printLabel": "جن سے بات کر سکوں",
  "young-person.how-i-feel.talk-about-feelings.sentence": "جن سے میں اپنے احساسات کی بات کر سکوں",
  "young-person.my-relationships.title": "میرے اپنے رشتے",
  "young-person.my-relationships.printTitle": "دوست",
  "young-person.my-relationships.help": [
    "نوجوانوں کے آپس کے رشتے بھی نقصان دہ ہو سکتے ہیں۔ جس کے ساتھ آپ گھومتے پھرتے ہیں اسے کبھی آپ پر قابو نہیں رکھنا چاہیے، نہ آپ کو ڈرانا چاہیے۔ اسے بار بار آپ کا فون نہیں دیکھنا چاہیے، یہ نہیں بتانا چاہیے کہ آپ کس سے ملیں، اور نہ آپ کو نیچا دکھانا چاہیے۔ کسی کو آپ پر جنسی کاموں یا تصویریں بھیجنے کے لیے دباؤ نہیں ڈالنا چاہیے۔",
    "اگر ان میں سے کچھ بھی ہو رہا ہے تو یہ آپ کی غلطی نہیں، اور آپ کو اکیلے اس سے نہیں نمٹنا۔ کسی بھروسے والے بڑے سے، یا \u2066Childline\u2069 سے بات کریں۔",
    "اگر آپ کسی ایسے شخص سے ملیں جس سے آپ کو فکر ہو تو بھیڑ والی جگہ چنیں۔ کسی دوست کو بتائیں کہ آپ کہاں ہوں گے، اور گھر واپسی کا محفوظ طریقہ سوچ لیں۔",
  ],
  "young-person.my-relationships.questions": [
    "جس سے آپ مل رہے ہیں، کیا وہ آپ کا فون دیکھتا ہے، طے کرتا ہے کہ آپ کس سے ملیں، یا آپ کو ڈراتا ہے؟",
    "کیا کبھی آپ پر ایسے کام کرنے کا دباؤ ہوتا ہے جو آپ نہیں کرنا چاہتے؟",
    "کیا کچھ ایسے وقت ہیں جب بات اکثر بگڑ جاتی ہے، جیسے جب اس نے شراب پی ہو؟",
    "آپ اس بارے میں کس سے بات کر سکتے ہیں؟",
  ],
  "young-person.my-relationships.askQuestions": [
    "کیا آپ آج کل کسی سے مل رہے ہیں؟ وہ آپ کے ساتھ کیسا سلوک کرتا ہے؟",
    "کیا کسی ایسے شخص نے جس کے ساتھ آپ گھومتے پھرتے تھے، آپ کو چوٹ پہنچائی، دھمکایا، یا ایسے کام کروائے جو آپ نہیں چاہتے تھے؟",
    "آپ عام طور پر کہاں ملتے ہیں؟ کیا ملنے کی زیادہ محفوظ جگہیں، اور گھر واپسی کے محفوظ طریقے ہیں؟",
    "کیا آپ بتا سکتے ہیں کہ کب بات بگڑنے والی ہے؟ کیا چیز اسے شروع کرتی ہے؟",
  ],
  "young-person.my-relationships.relationship-worries.label": "کسی رشتے میں کوئی بات جس کی مجھے فکر ہے",
  "young-person.my-relationships.relationship-worries.printLabel": "نوٹس",
  "young-person.my-relationships.meeting-safely.label": "ملتے وقت زیادہ محفوظ کیسے رہوں",
  "young-person.my-relationships.meeting-safely.hint":
    "بھیڑ والی جگہیں، دوست جنہیں پتہ ہو کہ آپ کہاں ہیں، اور گھر واپسی کا محفوظ طریقہ۔",
  "young-person.my-relationships.meeting-safely.printLabel": "ملنا جلنا",
  "young-person.my-relationships.relationship-help.label": "کسی رشتے کے بارے میں کس سے بات کر سکوں",
  "young-person.my-relationships.relationship-help.printLabel": "کس سے بات کر سکوں",
  "young-person.my-relationships.relationship-help.sentence": "جن سے میں کسی رشتے کے بارے میں بات کر سکوں",
  "young-person.who-knows-my-plan.title": "میرا منصوبہ کون جانتا ہے",
  "young-person.who-knows-my-plan.printTitle": "کون جانتا ہے",
  "young-person.who-knows-my-plan.help": [
    "اچھا ہے کہ چند بھروسے والے لوگ آپ کا منصوبہ جانتے ہوں، تاکہ وہ آپ کا ساتھ دے سکیں۔ منصوبہ ایسی جگہ رکھیں جہاں تکلیف دینے والے شخص کو نہ ملے۔ کوئی بھروسے والا بڑا آپ کے لیے اسے رکھ سکتا ہے۔",
  ],
  "young-person.who-knows-my-plan.questions": [
    "آپ کس کو اپنے منصوبے کے بارے میں بتانا چاہیں گے؟",
    "آپ کا منصوبہ کہاں محفوظ رکھا جا سکتا ہے؟",
  ],
  "young-person.who-knows-my-plan.askQuestions": [
    "اور کس کو اس منصوبے کا پتہ ہونا چاہیے: آپ کے والدین یا دیکھ بھال کرنے والے، کوئی محفوظ رشتہ دار یا دوست، استاد، سوشل ورکر؟",
    "ہم منصوبے کو دوبارہ کب دیکھیں؟",
  ],
  "young-person.who-knows-my-plan.plan-known-by.label": "جو لوگ میرا منصوبہ جانتے ہیں",
  "young-person.who-knows-my-plan.plan-known-by.hint":
    "جیسے آپ کی امی یا دیکھ بھال کرنے والے، کوئی محفوظ رشتہ دار یا دوست، استاد، یا سوشل ورکر۔",
  "young-person.who-knows-my-plan.plan-known-by.printLabel": "جو لوگ جانتے ہیں",
  "young-person.who-knows-my-plan.plan-known-by.sentence": "جو لوگ میرا منصوبہ جانتے ہیں",
  "young-person.who-knows-my-plan.keep-safe.label":
    "تشدد روکنا میرے بس میں نہیں، لیکن یہ منصوبہ مجھے زیادہ محفوظ رکھنے میں مدد دے سکتا ہے۔",
  "young-person.who-knows-my-plan.keep-safe.printLabel": "یہ فہرست میری مدد کرتی ہے",
  "young-person.who-knows-my-plan.keep-safe.agreeText": "مجھے اتفاق ہے",
  "young-person.who-knows-my-plan.plan-date.label": "یہ منصوبہ بنانے کی تاریخ",
  "young-person.who-knows-my-plan.plan-date.printLabel": "تاریخ",
};
