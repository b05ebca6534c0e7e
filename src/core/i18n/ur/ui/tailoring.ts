import type { tailoring as en } from "../../en/ui/tailoring";
import type { Translation } from "../../types";

/**
 * The Urdu words of the tailored plan (src/core/tailoring/): what applies to me, my priorities,
 * the library of strategies, signs of danger, the device check and the short "go now" screen.
 * Adults are "آپ", with polite imperatives (کریں، رکھیں، پوچھیں), which are gender-neutral; where a
 * sentence needs a verb for "you" or "I", a neutral form is used (آپ نے بتایا…، …سکیں، passive).
 * Plain everyday Urdu, not Persianised. Drafted from the English, not yet reviewed by a fluent speaker.
 *
 * For translators:
 * - tailoring.strategy.<id>.printLabel goes on a discreet printout: a plain household phrase
 *   that says nothing about what the paper is for (no leaving, hiding, danger, police, court…).
 * - tailoring.reason.* complete "Suggested because…" («یہ تجویز اس لیے ہے کہ…»): each starts
 *   "آپ نے بتایا کہ…" or is a short clause; keep them short and free of judgement.
 * - No phone numbers here except 999 and 55: services' numbers come from the verified list.
 * - English names of several words (and UK terms a person must say in English) are wrapped in
 *   left-to-right isolates (\u2066…\u2069) so that they read correctly inside right-to-left text.
 */
export const tailoring: Translation<typeof en> = {
  // What applies to me: the questions.
  "tailoring.situation.who.title": "کون آپ کو تکلیف دیتا ہے یا ڈراتا ہے؟",
  "tailoring.situation.who.hint": "جو بھی ٹھیک بیٹھیں، چنیں۔",
  "tailoring.situation.abuser-partner.label": "شوہر، بیوی یا ساتھی",
  "tailoring.situation.abuser-ex.label": "سابق شوہر، سابق بیوی یا سابق ساتھی",
  "tailoring.situation.abuser-family.label": "خاندان کا کوئی فرد، جیسے ماں باپ، بڑی اولاد یا سسرال والے",
  "tailoring.situation.where-now.title": "آپ ابھی کس حال میں ہیں؟",
  "tailoring.situation.where-now.hint":
    "کوئی جواب غلط نہیں۔ بہت سے لوگ لمبے عرصے تک ساتھ رہتے ہیں۔ آپ جو بھی فیصلہ کریں، منصوبہ اس میں مدد کرے۔",
  "tailoring.situation.staying.label": "ہم ایک ساتھ رہتے ہیں، یا میری ان سے اکثر ملاقات ہوتی ہے",
  "tailoring.situation.thinking-leaving.label": "میرے ذہن میں گھر چھوڑنے کا خیال ہے",
  "tailoring.situation.left.label": "میں نے گھر چھوڑ دیا ہے",
  "tailoring.situation.children.title": "کیا آپ کے بچے ہیں؟",
  "tailoring.situation.children.hint": "جو بھی عمریں ٹھیک بیٹھیں، سب چنیں۔",
  "tailoring.situation.child-under-5.label": "5 سال سے کم عمر کا بچہ",
  "tailoring.situation.child-5-11.label": "5 سے 11 سال کا بچہ",
  "tailoring.situation.child-12-17.label": "12 سے 17 سال کا بچہ",
  "tailoring.situation.child-contact.label": "بچوں کے دوسرے والد یا والدہ ان سے ملتے ہیں، یا ملنا چاہتے ہیں",
  "tailoring.situation.pregnancy.title": "کیا آپ امید سے ہیں، یا آپ کا چھوٹا بچہ ہے؟",
  "tailoring.situation.pregnant.label": "میں حاملہ ہوں",
  "tailoring.situation.baby-under-one.label": "میرا ایک سال سے چھوٹا بچہ ہے",
  "tailoring.situation.pets.title": "کیا آپ کے پالتو جانور ہیں؟",
  "tailoring.situation.pets.label": "میرے پاس ایک یا زیادہ پالتو جانور ہیں",
  "tailoring.situation.money.title": "پیسہ",
  "tailoring.situation.money.hint": "پیسے پر قابو رکھنا بھی بدسلوکی کی ایک قسم ہے۔",
  "tailoring.situation.money-controlled.label": "پیسہ ان کے قابو میں ہے، یا وہ میرا ہر خرچ دیکھتے ہیں",
  "tailoring.situation.joint-money.label": "ہمارے مشترکہ بینک اکاؤنٹ، قرضے یا ادھار ہیں",
  "tailoring.situation.no-own-money.label": "میرے پاس اپنا کوئی پیسہ نہیں",
  "tailoring.situation.home.title": "آپ کا گھر",
  "tailoring.situation.home-joint.label": "گھر ہم دونوں کے نام پر کرائے پر ہے یا ہمارا اپنا ہے",
  "tailoring.situation.home-theirs.label": "گھر ان کے نام پر ہے",
  "tailoring.situation.home-mine.label": "گھر میرے نام پر ہے",
  "tailoring.situation.immigration.title": "آپ کا ویزا اور زبان",
  "tailoring.situation.immigration.hint": "یہ آپ کے منصوبے میں ہی رہتا ہے۔ سائٹ اسے کبھی کہیں نہیں بھیجتی۔",
  "tailoring.situation.partner-visa.label": "میرا ویزا میرے شوہر، بیوی یا ساتھی پر منحصر ہے",
  "tailoring.situation.nrpf.label":
    "میرے ویزا پر لکھا ہے \u2066«no recourse to public funds»\u2069 (سرکاری مدد کا حق نہیں)",
  "tailoring.situation.status-unsure.label": "مجھے اپنی امیگریشن کی حیثیت کا ٹھیک سے پتا نہیں",
  "tailoring.situation.need-interpreter.label": "مجھے کسی اور زبان میں مدد چاہیے",
  "tailoring.situation.health.title": "صحت اور دیکھ بھال",
  "tailoring.situation.disability.label": "میری کوئی معذوری ہے",
  "tailoring.situation.health-medicines.label": "مجھے کوئی بیماری ہے، یا مجھے روز دوائیں لینی ہوتی ہیں",
  "tailoring.situation.abuser-carer.label": "جو مجھے تکلیف دیتا ہے وہی میری دیکھ بھال بھی کرتا ہے",
  "tailoring.situation.i-care-for.label": "کسی اور کی دیکھ بھال میرے ذمے ہے",
  "tailoring.situation.technology.title": "فون، کمپیوٹر اور پیچھا کیا جانا",
  "tailoring.situation.tech-monitoring.label": "وہ میرا فون، پیغامات، اکاؤنٹ یا میری جگہ دیکھتے رہتے ہیں",
  "tailoring.situation.stalking.label": "وہ میرا پیچھا کرتے ہیں، اچانک آ جاتے ہیں، یا بار بار رابطہ کرتے ہیں",
  "tailoring.situation.honour.title": "خاندان اور برادری",
  "tailoring.situation.honour.label": "میرا خاندان یا برادری «عزت» یا شرم کے نام پر مجھ پر دباؤ ڈالتی ہے",
  "tailoring.situation.forced-marriage.label": "کوئی مجھ سے زبردستی شادی کروا رہا ہے، یا کروا چکا ہے",
  "tailoring.situation.about-me.title": "آپ کے بارے میں",
  "tailoring.situation.about-me.hint": "کچھ ادارے خاص طور پر آپ جیسے لوگوں کے لیے ہیں۔",
  "tailoring.situation.lgbt.label": "میں لیزبیئن، گے، بائی سیکشوئل، ٹرانس یا کوئیر ہوں",
  "tailoring.situation.man.label": "میں مرد ہوں",
  "tailoring.situation.older.label": "میری عمر 60 سال یا زیادہ ہے",
  "tailoring.situation.getting-help.title": "مدد تک پہنچنا",
  "tailoring.situation.no-transport.label": "میرے پاس گاڑی نہیں، اور سفر کے لیے پیسے کم ہیں",
  "tailoring.situation.far-from-help.label": "میرا گھر لوگوں سے یا مدد سے دور ہے",

  // Why a strategy is suggested: each completes "Suggested because…" ("یہ تجویز اس لیے ہے کہ…").
  "tailoring.reason.situation.abuser-partner": "آپ نے بتایا کہ آپ کو اپنے ساتھی سے تکلیف پہنچ رہی ہے",
  "tailoring.reason.situation.abuser-ex": "آپ نے بتایا کہ آپ کو سابق ساتھی سے تکلیف پہنچ رہی ہے",
  "tailoring.reason.situation.abuser-family": "آپ نے بتایا کہ آپ کو خاندان کے کسی فرد سے تکلیف پہنچ رہی ہے",
  "tailoring.reason.situation.staying": "آپ نے بتایا کہ آپ کا ان کے ساتھ ایک ہی گھر ہے یا ان سے اکثر ملاقات ہوتی ہے",
  "tailoring.reason.situation.thinking-leaving": "آپ نے بتایا کہ آپ کے ذہن میں گھر چھوڑنے کا خیال ہے",
  "tailoring.reason.situation.left": "آپ نے بتایا کہ آپ نے گھر چھوڑ دیا ہے",
  "tailoring.reason.situation.child-under-5": "آپ نے بتایا کہ آپ کا ایک بچہ 5 سال سے کم کا ہے",
  "tailoring.reason.situation.child-5-11": "آپ نے بتایا کہ آپ کا ایک بچہ 5 سے 11 سال کا ہے",
  "tailoring.reason.situation.child-12-17": "آپ نے بتایا کہ آپ کا ایک بچہ 12 سے 17 سال کا ہے",
  "tailoring.reason.situation.child-contact":
    "آپ نے بتایا کہ بچوں کے دوسرے والد یا والدہ ان سے ملتے ہیں، یا ملنا چاہتے ہیں",
  "tailoring.reason.situation.pregnant": "آپ نے بتایا کہ آپ حاملہ ہیں",
  "tailoring.reason.situation.baby-under-one": "آپ نے بتایا کہ آپ کا ایک چھوٹا بچہ ہے",
  "tailoring.reason.situation.pets": "آپ نے بتایا کہ آپ کا پالتو جانور ہے",
  "tailoring.reason.situation.money-controlled": "آپ نے بتایا کہ پیسہ ان کے قابو میں ہے",
  "tailoring.reason.situation.joint-money": "آپ نے بتایا کہ آپ کے مشترکہ اکاؤنٹ یا قرضے ہیں",
  "tailoring.reason.situation.no-own-money": "آپ نے بتایا کہ آپ کے پاس اپنا کوئی پیسہ نہیں",
  "tailoring.reason.situation.home-joint": "آپ نے بتایا کہ گھر دونوں کے نام پر کرائے پر ہے یا اپنا ہے",
  "tailoring.reason.situation.home-theirs": "آپ نے بتایا کہ گھر ان کے نام پر ہے",
  "tailoring.reason.situation.home-mine": "آپ نے بتایا کہ گھر آپ کے نام پر ہے",
  "tailoring.reason.situation.partner-visa": "آپ نے بتایا کہ آپ کا ویزا آپ کے ساتھی پر منحصر ہے",
  "tailoring.reason.situation.nrpf": "آپ نے بتایا کہ آپ کے ویزا پر \u2066no recourse to public funds\u2069 لکھا ہے",
  "tailoring.reason.situation.status-unsure": "آپ نے بتایا کہ آپ کو اپنی امیگریشن کی حیثیت کا ٹھیک سے پتا نہیں",
  "tailoring.reason.situation.need-interpreter": "آپ نے بتایا کہ آپ کو کسی اور زبان میں مدد چاہیے",
  "tailoring.reason.situation.disability": "آپ نے بتایا کہ آپ کی کوئی معذوری ہے",
  "tailoring.reason.situation.health-medicines": "آپ نے بتایا کہ آپ کو کوئی بیماری ہے یا دوائیں لینی ہوتی ہیں",
  "tailoring.reason.situation.abuser-carer": "آپ نے بتایا کہ جو آپ کو تکلیف دیتا ہے وہی آپ کی دیکھ بھال بھی کرتا ہے",
  "tailoring.reason.situation.i-care-for": "آپ نے بتایا کہ کسی اور کی دیکھ بھال آپ کے ذمے ہے",
  "tailoring.reason.situation.tech-monitoring": "آپ نے بتایا کہ وہ آپ کا فون یا آپ کی جگہ دیکھتے رہتے ہیں",
  "tailoring.reason.situation.stalking": "آپ نے بتایا کہ وہ آپ کا پیچھا کرتے ہیں یا بار بار رابطہ کرتے ہیں",
  "tailoring.reason.situation.honour": "آپ نے بتایا کہ آپ کا خاندان یا برادری آپ پر دباؤ ڈالتی ہے",
  "tailoring.reason.situation.forced-marriage": "آپ نے بتایا کہ کوئی آپ کی زبردستی شادی کروا رہا ہے",
  "tailoring.reason.situation.lgbt": "آپ نے بتایا کہ آپ \u2066LGBT+\u2069 ہیں",
  "tailoring.reason.situation.man": "آپ نے بتایا کہ آپ مرد ہیں",
  "tailoring.reason.situation.older": "آپ نے بتایا کہ آپ کی عمر 60 سال یا زیادہ ہے",
  "tailoring.reason.situation.no-transport": "آپ نے بتایا کہ آپ کے لیے سفر مشکل ہے",
  "tailoring.reason.situation.far-from-help": "آپ نے بتایا کہ آپ کا گھر مدد سے دور ہے",
  "tailoring.reason.priority.own-safety": "آپ کی اپنی حفاظت آپ کے لیے سب سے اہم باتوں میں سے ہے",
  "tailoring.reason.priority.children": "آپ کے بچے آپ کے لیے سب سے اہم باتوں میں سے ہیں",
  "tailoring.reason.priority.money-home": "پیسہ اور گھر آپ کے لیے سب سے اہم باتوں میں سے ہیں",
  "tailoring.reason.priority.privacy": "اپنی بات اپنے تک رکھنا آپ کے لیے سب سے اہم باتوں میں سے ہے",
  "tailoring.reason.priority.partner-feelings": "اس شخص کے لیے آپ کے جذبات آپ کے لیے اہم ہیں",
  "tailoring.reason.priority.own-words": "آپ نے اپنی طرف سے کوئی ایسی بات لکھی جو آپ کے لیے اہم ہے",

  // My priorities.
  "tailoring.priority.own-safety.label": "میری اپنی حفاظت",
  "tailoring.priority.own-safety.hint": "تکلیف نہ پہنچنا، اور روز مرہ زندگی میں زیادہ محفوظ محسوس کرنا۔",
  "tailoring.priority.children.label": "میرے بچے",
  "tailoring.priority.children.hint": "ان کی حفاظت، ان کی خوشی، اور ان کے ساتھ رہنا۔",
  "tailoring.priority.money-home.label": "پیسہ اور گھر",
  "tailoring.priority.money-home.hint": "گزارے کے لیے کافی پیسہ، اور رہنے کی جگہ۔",
  "tailoring.priority.privacy.label": "پردہ داری",
  "tailoring.priority.privacy.hint": "جو ہو رہا ہے اسے اپنے تک رکھنا، اور خود چننا کہ کسے پتا ہو۔",
  "tailoring.priority.partner-feelings.label": "اس شخص کے لیے میرے جذبات",
  "tailoring.priority.partner-feelings.hint":
    "بہت سے لوگوں کو تکلیف دینے والے شخص کی اب بھی پروا ہوتی ہے۔ یہ عام بات ہے۔",
  "tailoring.priority.own-words.label": "کچھ اور",
  "tailoring.priority.own-words.hint": "اپنے الفاظ میں۔",

  // Categories of strategies.
  "tailoring.category.first-hours.title": "اگر کچھ ہو جائے",
  "tailoring.category.home.title": "گھر میں زیادہ محفوظ",
  "tailoring.category.leaving.title": "اگر آپ گھر چھوڑنے کا فیصلہ کریں",
  "tailoring.category.after-leaving.title": "گھر چھوڑنے کے بعد",
  "tailoring.category.money.title": "پیسہ",
  "tailoring.category.children.title": "بچے",
  "tailoring.category.pets.title": "پالتو جانور",
  "tailoring.category.immigration.title": "ویزا اور امیگریشن",
  "tailoring.category.health-care.title": "صحت، معذوری اور دیکھ بھال",
  "tailoring.category.technology.title": "فون، کمپیوٹر اور پیچھا کیا جانا",
  "tailoring.category.honour.title": "خاندان، عزت اور شادی",
  "tailoring.category.support.title": "آپ کا ساتھ دینے والے لوگ اور ادارے",
  "tailoring.category.legal.title": "قانون",
  "tailoring.category.wellbeing.title": "اپنا خیال رکھنا",
  "tailoring.category.getting-help.title": "جب مدد دور ہو",
  // The strategies. what: the thing to do; why: why it helps; how: short steps.
  "tailoring.strategy.phone-999.title": "خطرہ ہو تو 999 پر فون کریں",
  "tailoring.strategy.phone-999.what": "اگر ابھی آپ کو یا کسی اور کو خطرہ ہے تو 999 پر فون کریں اور پولیس مانگیں۔",
  "tailoring.strategy.phone-999.why": "پولیس جلدی آ سکتی ہے۔ یہ پکا جاننا ضروری نہیں کہ بات کافی سنگین ہے یا نہیں۔",
  "tailoring.strategy.phone-999.how": [
    "پہلے بتائیں کہ آپ کہاں ہیں، پھر یہ کہ کیا ہو رہا ہے۔",
    "ہو سکے تو مدد آنے تک فون پر رہیں۔",
  ],
  "tailoring.strategy.phone-999.printLabel": "ضروری نمبر",
  "tailoring.strategy.silent-call.title": "اگر فون پر بول نہ سکیں",
  "tailoring.strategy.silent-call.what": "موبائل سے 999 پر فون کریں۔ اگر بول نہ سکیں تو آپریٹر کے پوچھنے پر 55 دبائیں۔",
  "tailoring.strategy.silent-call.why":
    "55 دبانے سے آپریٹر کو پتا چلتا ہے کہ یہ سچ مچ کی ایمرجنسی ہے، اور وہ آپ کو پولیس سے ملا دیتے ہیں۔",
  "tailoring.strategy.silent-call.how": [
    "999 ملائیں اور سنیں۔",
    "اگر بول نہ سکیں تو ہو سکے تو کھانسیں یا فون کو تھپتھپائیں، پھر پوچھے جانے پر 55 دبائیں۔",
    "لینڈ لائن سے فون ہو تو بول نہ سکیں تب بھی لائن پر رہیں۔",
  ],
  "tailoring.strategy.silent-call.printLabel": "فون کا طریقہ",
  "tailoring.strategy.code-word.title": "ایک خفیہ لفظ طے کریں",
  "tailoring.strategy.code-word.what":
    "کسی بھروسے والے شخص کے ساتھ ایک لفظ یا چھوٹا سا پیغام طے کریں۔ جب انہیں یہ ملے تو وہ آپ کے لیے 999 پر فون کریں۔",
  "tailoring.strategy.code-word.why":
    "ہو سکتا ہے آپ خود فون نہ کر سکیں، لیکن ایک عام سا دکھنے والا پیغام مدد بلا سکتا ہے۔",
  "tailoring.strategy.code-word.how": [
    "ایسا لفظ چنیں جو پیغام میں عجیب نہ لگے۔",
    "ٹھیک ٹھیک طے کریں کہ پیغام ملنے پر وہ شخص کیا کرے گا۔",
    "اسے اپنے منصوبے کے «خفیہ لفظ» والے حصے میں لکھیں۔",
  ],
  "tailoring.strategy.code-word.printLabel": "دوست سے طے شدہ لفظ",
  "tailoring.strategy.ready-bag.title": "ایک چھوٹا بیگ تیار رکھیں",
  "tailoring.strategy.ready-bag.what":
    "جلدی میں جن چیزوں کی ضرورت ہو، وہ ایک بیگ میں رکھیں۔ اسے ایسی جگہ رکھیں جہاں وہ شخص نہ ڈھونڈ سکے، یا کسی بھروسے والے شخص کے پاس۔",
  "tailoring.strategy.ready-bag.why": "اگر جلدی جانا پڑے تو چیزیں ڈھونڈنے کا وقت نہیں ہوگا۔",
  "tailoring.strategy.ready-bag.how": [
    "چابیوں، پیسوں، بینک کارڈز، دواؤں اور فون چارجر سے شروع کریں۔",
    "جب ہو سکے، اپنے کاغذات کی کاپیاں بھی رکھ دیں۔",
    "حساب رکھنے کے لیے ساتھ لے جانے والی چیزوں کی فہرست استعمال کریں۔",
  ],
  "tailoring.strategy.ready-bag.printLabel": "فالتو بیگ",
  "tailoring.strategy.after-an-attack.title": "اگر آپ کو چوٹ لگی ہو",
  "tailoring.strategy.after-an-attack.what": "ڈاکٹری مدد لیں، چاہے چوٹ چھوٹی لگے، اور جو ہوا اس کا ریکارڈ رکھیں۔",
  "tailoring.strategy.after-an-attack.why":
    "کچھ چوٹیں دکھنے سے زیادہ گہری ہوتی ہیں۔ اسی وقت بنا ریکارڈ بعد میں کام آ سکتا ہے، آپ جو بھی فیصلہ کریں۔",
  "tailoring.strategy.after-an-attack.how": [
    "اپنے \u2066GP\u2069 (ڈاکٹر)، واک اِن سینٹر یا \u2066A&E\u2069 جائیں، یا بات سنگین ہو تو 999 پر فون کریں۔",
    "ڈاکٹر یا نرس کو بتائیں کہ کیا ہوا۔ وہ اسے لکھ سکتے ہیں۔",
    "اگر محفوظ ہو تو چوٹوں کی تصویریں لیں، اور انہیں ایسی جگہ رکھیں جہاں وہ شخص نہ دیکھ سکے۔",
  ],
  "tailoring.strategy.after-an-attack.printLabel": "ڈاکٹر کے پاس جانا",
  "tailoring.strategy.talk-to-helpline.title": "ہیلپ لائن سے بات کریں",
  "tailoring.strategy.talk-to-helpline.what":
    "اپنی قومی ہیلپ لائن پر فون کریں۔ یہ مفت ہے، اور اپنا نام بتانا ضروری نہیں۔",
  "tailoring.strategy.talk-to-helpline.why":
    "وہ روز آپ جیسے حالات والے لوگوں سے بات کرتے ہیں۔ وہ آپ کے راستوں پر سوچنے میں مدد کر سکتے ہیں، اور پناہ گاہ یا مقامی مدد ڈھونڈ سکتے ہیں۔",
  "tailoring.strategy.talk-to-helpline.how": [
    "تب فون کریں جب وہ شخص آس پاس نہ ہو، ایسے فون سے جو وہ نہ دیکھتا ہو۔",
    "بس بات کی جا سکتی ہے۔ کچھ بھی فیصلہ کرنا ضروری نہیں۔",
  ],
  "tailoring.strategy.talk-to-helpline.printLabel": "فون کال",

  "tailoring.strategy.warning-signs.title": "خبردار کرنے والی نشانیاں پہچانیں",
  "tailoring.strategy.warning-signs.what":
    "سوچیں کہ حالات بگڑنے سے پہلے عموماً کیا ہوتا ہے۔ مثلاً شراب پینا، پیسوں کی فکر یا خاندان والوں کا آنا۔",
  "tailoring.strategy.warning-signs.why":
    "نشانیاں جلدی پہچاننے سے کچھ دیر کہیں اور جانے کا، یا بچوں کو وہاں سے ہٹانے کا وقت مل سکتا ہے۔",
  "tailoring.strategy.warning-signs.how": [
    "جو نشانیاں نظر آئیں، انہیں اپنے منصوبے میں لکھیں۔",
    "طے کریں کہ انہیں دیکھ کر کہاں جایا جا سکتا ہے۔",
  ],
  "tailoring.strategy.warning-signs.printLabel": "دھیان دینے والی باتیں",
  "tailoring.strategy.safer-rooms.title": "اپنے گھر کی زیادہ محفوظ جگہیں جانیں",
  "tailoring.strategy.safer-rooms.what":
    "اگر جھگڑا شروع ہو تو ایسے کمرے میں جانے کی کوشش کریں جہاں سے باہر نکلنے کا راستہ ہو اور فون ہو۔",
  "tailoring.strategy.safer-rooms.why":
    "باورچی خانے، غسل خانے اور گیراج میں سخت سطحیں اور ایسی چیزیں ہوتی ہیں جن سے چوٹ پہنچائی جا سکتی ہے، اور چھوٹے کمروں میں پھنسنے کا ڈر ہوتا ہے۔",
  "tailoring.strategy.safer-rooms.how": [
    "ایسا کمرہ چنیں جس کے دروازے یا کھڑکی سے باہر نکلا جا سکے۔",
    "باورچی خانے اور سیڑھیوں کے اوپر سے دور رہیں۔",
  ],
  "tailoring.strategy.safer-rooms.printLabel": "کمرے",
  "tailoring.strategy.neighbour-signal.title": "کسی پڑوسی سے مدد بلانے کو کہیں",
  "tailoring.strategy.neighbour-signal.what":
    "اگر کسی پڑوسی پر بھروسا ہو تو اس سے کہیں کہ شور یا لڑائی سنے تو 999 پر فون کرے۔",
  "tailoring.strategy.neighbour-signal.why": "جب آپ فون تک نہ پہنچ سکیں، تب بھی مدد آ سکتی ہے۔",
  "tailoring.strategy.neighbour-signal.how": [
    "کوئی اشارہ طے کریں، جیسے جلتی ہوئی بتی یا بند پردہ۔",
    "ان سے کہیں کہ خود کبھی اندر نہ آئیں، صرف فون کریں۔",
  ],
  "tailoring.strategy.neighbour-signal.printLabel": "پڑوسی",
  "tailoring.strategy.phone-charged.title": "فون چارج رکھیں اور پاس رکھیں",
  "tailoring.strategy.phone-charged.what":
    "اپنا فون چارج رکھیں اور اپنے پاس رکھیں۔ بغیر کنٹریکٹ والے پرانے موبائل سے بھی 999 پر فون ہو سکتا ہے۔",
  "tailoring.strategy.phone-charged.why":
    "جو فون وہ شخص لے لے یا توڑ دے، وہ کام نہیں آتا۔ ایک فالتو فون کام آ سکتا ہے۔",
  "tailoring.strategy.phone-charged.how": [
    "جب بھی ہو سکے، فون چارج کریں۔",
    "ایک فالتو فون، بند اور چارج کیا ہوا، کسی محفوظ جگہ رکھیں۔",
  ],
  "tailoring.strategy.phone-charged.printLabel": "چارجر",
  "tailoring.strategy.ways-out.title": "باہر نکلنے کے اپنے راستے جانیں",
  "tailoring.strategy.ways-out.what": "ہر اس دروازے، کھڑکی اور سیڑھی کے بارے میں سوچیں جس سے آپ جلدی باہر جا سکیں۔",
  "tailoring.strategy.ways-out.why": "ڈر کے لمحے میں، پہلے سے جانے ہوئے منصوبے پر چلنا آسان ہوتا ہے۔",
  "tailoring.strategy.ways-out.how": [
    "باہر جانے کے راستے ذہن میں دہرائیں، یا جب گھر پر کوئی نہ ہو تو سچ مچ چل کر دیکھیں۔",
    "چابیاں ایسی جگہ رکھیں جہاں جلدی ہاتھ پہنچ سکے۔",
  ],
  "tailoring.strategy.ways-out.printLabel": "دروازے اور چابیاں",
  "tailoring.strategy.home-security.title": "اپنے گھر کو زیادہ محفوظ بنائیں",
  "tailoring.strategy.home-security.what":
    "اپنی کونسل یا کسی مددگار ادارے سے گھر کو زیادہ محفوظ بنانے کی مدد کے بارے میں پوچھیں، تاکہ آپ وہیں رہ سکیں۔",
  "tailoring.strategy.home-security.why":
    "بہت سے علاقوں میں ایسی اسکیمیں ہیں جو تالے بدلتی ہیں اور الارم یا مضبوط دروازے لگاتی ہیں، اکثر مفت۔",
  "tailoring.strategy.home-security.how": [
    "کونسل کی ہاؤسنگ ٹیم، یا اپنے سپورٹ ورکر سے \u2066sanctuary scheme\u2069 کے بارے میں پوچھیں۔",
    "اگر اس شخص کے پاس چابی ہے تو تالے بدلوائیں، اور کھڑکیاں اور پچھلے دروازے دیکھیں۔",
  ],
  "tailoring.strategy.home-security.printLabel": "تالے",

  "tailoring.strategy.leave-at-safer-time.title": "جانے کے لیے زیادہ محفوظ وقت چنیں",
  "tailoring.strategy.leave-at-safer-time.what":
    "اگر آپ گھر چھوڑنے کا فیصلہ کریں تو ایسے وقت جانے کا سوچیں جب وہ شخص باہر ہو، اور ہو سکے تو پہلے کسی سپورٹ ورکر کو بتائیں۔",
  "tailoring.strategy.leave-at-safer-time.why":
    "جب کوئی گھر چھوڑتا ہے تو اس وقت اور اس کے فوراً بعد خطرہ اکثر بڑھ جاتا ہے۔ پہلے سے منصوبہ بنانے سے یہ کم ہوتا ہے۔",
  "tailoring.strategy.leave-at-safer-time.how": [
    "اپنے جانے کے بارے میں اس شخص کو نہ بتائیں۔",
    "یہ طے رکھیں کہ کہاں جانا ہے اور وہاں کیسے پہنچنا ہے۔",
    "ہو سکے تو بچوں کو ساتھ لے جائیں۔",
  ],
  "tailoring.strategy.leave-at-safer-time.printLabel": "وقت",
  "tailoring.strategy.copy-documents.title": "اپنے اہم کاغذات کی کاپیاں بنائیں",
  "tailoring.strategy.copy-documents.what":
    "پاسپورٹ، پیدائش کے سرٹیفکیٹ، ویزا، کرائے کے معاہدے اور بینک کی تفصیلات کی کاپیاں یا تصویریں بنائیں۔ انہیں گھر سے دور رکھیں۔",
  "tailoring.strategy.copy-documents.why":
    "ہو سکتا ہے اصل کاغذات آپ سے روک لیے جائیں۔ تب بھی کاپیوں سے اپنی پہچان ثابت کی جا سکتی ہے، پیسے کا دعویٰ کیا جا سکتا ہے اور گھر کی درخواست دی جا سکتی ہے۔",
  "tailoring.strategy.copy-documents.how": [
    "کاپیاں کسی بھروسے والے شخص کے پاس رکھیں، یا ایسے ای میل اکاؤنٹ میں جو صرف آپ کھول سکیں۔",
    "ساتھ لے جانے والی چیزوں کی فہرست میں ان پر نشان لگائیں۔",
  ],
  "tailoring.strategy.copy-documents.printLabel": "کاغذات",
  "tailoring.strategy.ask-about-refuge.title": "پناہ گاہ کے بارے میں پوچھیں",
  "tailoring.strategy.ask-about-refuge.what":
    "پناہ گاہ \u2066(refuge)\u2069 ایک محفوظ گھر ہے جہاں مدد کرنے والا عملہ ہوتا ہے۔ اس کا پتا راز رکھا جاتا ہے۔ آپ کی ہیلپ لائن جگہ ڈھونڈ سکتی ہے۔",
  "tailoring.strategy.ask-about-refuge.why":
    "پناہ گاہ جانے کے لیے اپنا پیسہ یا گھر ضروری نہیں، اور بچوں کو ساتھ لایا جا سکتا ہے۔",
  "tailoring.strategy.ask-about-refuge.how": [
    "اپنی ہیلپ لائن پر فون کریں اور پناہ گاہ میں جگہ کے بارے میں پوچھیں۔",
    "پوچھیں کہ کیا کچھ ساتھ لایا جا سکتا ہے، پالتو جانور بھی۔",
  ],
  "tailoring.strategy.ask-about-refuge.printLabel": "رہنے کی جگہ",
  "tailoring.strategy.take-children.title": "بچوں کو ساتھ لے جائیں",
  "tailoring.strategy.take-children.what": "اگر آپ گھر چھوڑیں تو جہاں تک ہو سکے بچوں کو ساتھ لے جائیں۔",
  "tailoring.strategy.take-children.why":
    "بعد میں انہیں لینے واپس جانا غیر محفوظ ہو سکتا ہے، اور اس سے انہیں اپنے پاس رکھنا مشکل ہو سکتا ہے۔",
  "tailoring.strategy.take-children.how": [
    "ایسے وقت جانے کا سوچیں جب بچے آپ کے ساتھ ہوں، یا انہیں اسکول یا نرسری سے لے لیں۔",
    "ان کی کچھ پسندیدہ چیزیں اور ان کی دوائیں رکھ لیں۔",
  ],
  "tailoring.strategy.take-children.printLabel": "بچے",
  "tailoring.strategy.plan-the-journey.title": "سفر کا منصوبہ بنائیں",
  "tailoring.strategy.plan-the-journey.what":
    "یہ طے رکھیں کہ کیسے جائیں گے: کسی کی گاڑی، ٹیکسی، بس یا ٹرین، اور اس کے پیسے کیسے دیں گے۔",
  "tailoring.strategy.plan-the-journey.why":
    "سفر کا ذریعہ نہ ہونا ان باتوں میں سے ہے جو لوگوں کو زیادہ محفوظ جگہ پہنچنے سے روکتی ہیں۔",
  "tailoring.strategy.plan-the-journey.how": [
    "ٹیکسی کا نمبر اور کچھ نقد پیسے تیار رکھیں۔",
    "ہیلپ لائن یا سپورٹ ورکر سے پوچھیں: کچھ سفر کے خرچ میں مدد کر سکتے ہیں۔",
  ],
  "tailoring.strategy.plan-the-journey.printLabel": "سفر",
  "tailoring.strategy.collect-belongings.title": "اپنی چیزیں محفوظ طریقے سے لائیں",
  "tailoring.strategy.collect-belongings.what":
    "اگر اپنی چیزوں کے لیے واپس جانا ہو تو اکیلے نہ جائیں۔ پولیس سے وہاں موجود رہنے کو کہا جا سکتا ہے۔",
  "tailoring.strategy.collect-belongings.why": "واپس جانے کے وقت لوگوں کو اکثر چوٹ پہنچائی جاتی ہے۔",
  "tailoring.strategy.collect-belongings.how": [
    "پولیس یا اپنے سپورٹ ورکر سے کہیں کہ آپ کے ساتھ وقت طے کریں۔",
    "پہلے فہرست بنا لیں، تاکہ وہاں زیادہ دیر نہ رکنا پڑے۔",
  ],
  "tailoring.strategy.collect-belongings.printLabel": "چیزیں لانا",
  "tailoring.strategy.housing-options.title": "رہائش کے اپنے راستے جانیں",
  "tailoring.strategy.housing-options.what":
    "اگر بدسلوکی کی وجہ سے آپ کو گھر چھوڑنا پڑے تو ہو سکتا ہے کونسل پر رہنے کی جگہ ڈھونڈنے میں آپ کی مدد کرنا لازم ہو۔",
  "tailoring.strategy.housing-options.why": "اپنے راستے جاننے سے گھر کے بارے میں فیصلہ کم ڈراؤنا لگ سکتا ہے۔",
  "tailoring.strategy.housing-options.how": [
    "کونسل کی ہاؤسنگ ٹیم سے رابطہ کریں اور بتائیں کہ آپ کو بدسلوکی کا خطرہ ہے۔",
    "اپنا کرائے کا گھر چھوڑنے سے پہلے کسی سپورٹ ورکر یا \u2066Citizens Advice\u2069 سے پوچھیں۔",
  ],
  "tailoring.strategy.housing-options.printLabel": "رہائش",
  "tailoring.strategy.change-routines.title": "اپنے روز کے معمول بدلیں",
  "tailoring.strategy.change-routines.what": "کام، اسکول لانے لے جانے اور خریداری کے اوقات اور راستے بدلیں۔",
  "tailoring.strategy.change-routines.why":
    "جو شخص آپ کو ڈھونڈنا چاہے، وہ وہیں دیکھے گا جہاں آپ کا عموماً آنا جانا ہوتا ہے۔",
  "tailoring.strategy.change-routines.how": [
    "مختلف دکانیں استعمال کریں، اور مختلف اوقات میں سفر کریں۔",
    "جب ہو سکے، وہاں رہیں جہاں اور لوگ بھی ہوں۔",
  ],
  "tailoring.strategy.change-routines.printLabel": "روز کا معمول",
  "tailoring.strategy.tell-work-and-school.title": "اپنے کام کی جگہ اور بچوں کے اسکول کو بتائیں",
  "tailoring.strategy.tell-work-and-school.what":
    "کام پر کسی بھروسے والے شخص کو، اور بچوں کے اسکول یا نرسری کو بتائیں کہ بچوں کو کون لے جا سکتا ہے اور کون نہیں۔",
  "tailoring.strategy.tell-work-and-school.why":
    "وہ فون کالز چھانٹ سکتے ہیں، آپ کی تفصیلات نجی رکھ سکتے ہیں، اور وہ شخص آ جائے تو قدم اٹھا سکتے ہیں۔",
  "tailoring.strategy.tell-work-and-school.how": [
    "ہو سکے تو انہیں اس شخص کی تصویر دیں۔",
    "عدالت کے کسی بھی حکم کی کاپیاں انہیں دیں۔",
  ],
  "tailoring.strategy.tell-work-and-school.printLabel": "کام اور اسکول",
  "tailoring.strategy.keep-a-record.title": "جو ہوتا ہے اس کا ریکارڈ رکھیں",
  "tailoring.strategy.keep-a-record.what": "ہر واقعہ لکھیں: تاریخ، وقت، کیا کہا یا کیا گیا، اور کس نے دیکھا۔",
  "tailoring.strategy.keep-a-record.why":
    "ریکارڈ سے پولیس، عدالت یا سپورٹ ورکر کو سمجھنے میں مدد ملتی ہے کہ کیا ہو رہا ہے۔",
  "tailoring.strategy.keep-a-record.how": [
    "پیغامات اور کالز کے اسکرین شاٹ رکھیں۔",
    "ریکارڈ ایسی جگہ رکھیں جہاں وہ شخص نہ دیکھ سکے، یا کسی بھروسے والے شخص کے پاس۔",
  ],
  "tailoring.strategy.keep-a-record.printLabel": "ڈائری",
  "tailoring.strategy.keep-address-private.title": "اپنا نیا پتا نجی رکھیں",
  "tailoring.strategy.keep-address-private.what":
    "اپنے \u2066GP\u2069 (ڈاکٹر)، بچوں کے اسکول، اپنے بینک اور دوسروں سے کہیں کہ آپ کا پتا نجی رکھیں۔",
  "tailoring.strategy.keep-address-private.why": "پتے اکثر خطوں، مشترکہ اکاؤنٹس اور سرکاری ریکارڈ سے مل جاتے ہیں۔",
  "tailoring.strategy.keep-address-private.how": [
    "کونسل سے پوچھیں کہ پتا دکھائے بغیر ووٹ کے لیے نام کیسے درج کروائیں۔",
    "دیکھ لیں کہ آپ کا پتا مشترکہ اکاؤنٹس، ڈلیوری یا سوشل میڈیا پر نہ ہو۔",
  ],
  "tailoring.strategy.keep-address-private.printLabel": "پتا",
  "tailoring.strategy.people-who-understand.title": "سمجھنے والے لوگ ڈھونڈیں",
  "tailoring.strategy.people-who-understand.what":
    "کسی مقامی مددگار ادارے سے ایسے گروپوں اور کورسز کے بارے میں پوچھیں جو ایسے ہی حالات سے گزرے لوگوں کے لیے ہوں۔",
  "tailoring.strategy.people-who-understand.why":
    "سمجھنے والے لوگوں سے بات کرنا ان جذبات میں مدد کر سکتا ہے جو گھر چھوڑنے کے بعد اکثر آتے ہیں۔",
  "tailoring.strategy.people-who-understand.how": ["اپنے سپورٹ ورکر یا ہیلپ لائن سے پوچھیں کہ آپ کے قریب کیا ہے۔"],
  "tailoring.strategy.people-who-understand.printLabel": "گروپ",
  "tailoring.strategy.risk-after-leaving.title": "گھر چھوڑنے کے بعد بھی احتیاط کریں",
  "tailoring.strategy.risk-after-leaving.what":
    "جب کوئی گھر چھوڑتا ہے تو اس وقت اور بعد کے مہینوں میں خطرہ بڑھ سکتا ہے۔ گھر چھوڑنے کے بعد بھی اپنے منصوبے پر چلتے رہیں۔",
  "tailoring.strategy.risk-after-leaving.why":
    "کچھ لوگ جب محسوس کرتے ہیں کہ قابو ہاتھ سے نکل گیا، تو اسے واپس لینے کی کوشش کرتے ہیں۔",
  "tailoring.strategy.risk-after-leaving.how": [
    "اپنے منصوبے کا «گھر چھوڑنے کے بعد» والا حصہ دوبارہ دیکھیں۔",
    "حالات بگڑیں تو کسی سپورٹ ورکر کو بتائیں۔",
  ],
  "tailoring.strategy.risk-after-leaving.printLabel": "بعد میں",

  "tailoring.strategy.own-account.title": "اپنا الگ اکاؤنٹ کھولیں",
  "tailoring.strategy.own-account.what": "صرف اپنے نام پر بینک اکاؤنٹ کھولیں، ہو سکے تو کسی دوسرے بینک میں۔",
  "tailoring.strategy.own-account.why": "اپنا پیسہ ہو تو آپ کے پاس زیادہ راستے ہوتے ہیں۔",
  "tailoring.strategy.own-account.how": [
    "کاغذ کے بجائے ای میل پر اسٹیٹمنٹ چنیں، ایسی ای میل جو صرف آپ کھول سکیں۔",
    "بینک سے کہیں کہ آپ کے گھر کچھ بھی ڈاک سے نہ بھیجے۔",
  ],
  "tailoring.strategy.own-account.printLabel": "بینک",
  "tailoring.strategy.put-money-aside.title": "تھوڑا سا پیسہ الگ رکھیں",
  "tailoring.strategy.put-money-aside.what":
    "کرائے، فون کالز، کھانے یا کہیں اور ایک رات کے لیے تھوڑی تھوڑی نقدی جمع کریں۔",
  "tailoring.strategy.put-money-aside.why": "جب جلدی میں جانا پڑے تو تھوڑا سا پیسہ بھی بڑا فرق ڈال سکتا ہے۔",
  "tailoring.strategy.put-money-aside.how": [
    "اسے کسی بھروسے والے شخص کے پاس رکھیں، یا ایسی جگہ جہاں وہ شخص کبھی نہیں دیکھتا۔",
  ],
  "tailoring.strategy.put-money-aside.printLabel": "بچت",
  "tailoring.strategy.joint-debts.title": "مشترکہ قرضوں سے خود کو بچائیں",
  "tailoring.strategy.joint-debts.what":
    "اپنے بینک سے اپنے مشترکہ اکاؤنٹس اور قرضوں کے بارے میں پوچھیں، اور اپنی کریڈٹ رپورٹ دیکھیں۔",
  "tailoring.strategy.joint-debts.why": "ہو سکتا ہے وہ شخص آپ کے نام پر قرض چڑھا دے یا مشترکہ اکاؤنٹ خالی کر دے۔",
  "tailoring.strategy.joint-debts.how": [
    "پوچھیں کہ کیا مشترکہ اکاؤنٹ سے ادائیگی کے لیے دونوں کی منظوری لازمی کی جا سکتی ہے۔",
    "اپنی کریڈٹ رپورٹ میں ایسے قرضے دیکھیں جن کا آپ کو پتا نہ تھا۔",
  ],
  "tailoring.strategy.joint-debts.printLabel": "اکاؤنٹس",
  "tailoring.strategy.benefits-check.title": "دیکھیں کہ آپ کو کون سی رقم مل سکتی ہے",
  "tailoring.strategy.benefits-check.what":
    "پتا کریں کہ اپنے نام پر کون سے بینیفٹس اور کرائے میں کون سی مدد مل سکتی ہے۔",
  "tailoring.strategy.benefits-check.why":
    "بہت سے لوگوں کو پتا نہیں ہوتا کہ ان کا حق کیا ہے۔ اگر آپ کو \u2066Universal Credit\u2069 ملتا ہے تو اسے تقسیم کر کے آپ کے اپنے اکاؤنٹ میں دینے کو کہا جا سکتا ہے۔",
  "tailoring.strategy.benefits-check.how": [
    "بینیفٹس کیلکولیٹر استعمال کریں، یا \u2066Citizens Advice\u2069 یا اپنے سپورٹ ورکر سے پوچھیں۔",
  ],
  "tailoring.strategy.benefits-check.printLabel": "پیسوں کا حساب",
  "tailoring.strategy.economic-abuse-is-abuse.title": "پیسے پر قابو رکھنا بدسلوکی ہے",
  "tailoring.strategy.economic-abuse-is-abuse.what":
    "آپ کو پیسے سے محروم رکھنا، آپ کی تنخواہ لے لینا یا زبردستی قرض لینے پر مجبور کرنا بدسلوکی کی ایک قسم ہے۔",
  "tailoring.strategy.economic-abuse-is-abuse.why":
    "بہت سے لوگ شروع میں اسے بدسلوکی نہیں سمجھتے۔ اسے نام دینے سے صحیح مدد ملنے میں آسانی ہو سکتی ہے۔",
  "tailoring.strategy.economic-abuse-is-abuse.how": [
    "ہیلپ لائن یا سپورٹ ورکر کو بتائیں کہ پیسوں کے معاملے میں کیا ہوتا ہے۔ اس کے لیے خاص ادارے موجود ہیں۔",
  ],
  "tailoring.strategy.economic-abuse-is-abuse.printLabel": "پیسوں کے نوٹس",
  "tailoring.strategy.tell-the-bank.title": "اپنے بینک کو بتائیں",
  "tailoring.strategy.tell-the-bank.what":
    "بہت سے بینکوں میں ایسے گاہکوں کے لیے ٹیم ہوتی ہے جن کا پیسہ کسی اور کے قابو میں ہو۔",
  "tailoring.strategy.tell-the-bank.why":
    "وہ آپ کو اپنے پیسے تک محفوظ رسائی دلانے اور آپ کے اکاؤنٹس بچانے میں مدد کر سکتے ہیں۔",
  "tailoring.strategy.tell-the-bank.how": [
    "برانچ میں جا کر یا کسی محفوظ فون سے، بینک سے ان کی خاص مدد والی ٹیم \u2066(vulnerable customers team)\u2069 مانگیں۔",
  ],
  "tailoring.strategy.tell-the-bank.printLabel": "بینک کو فون",

  "tailoring.strategy.children-safe-place.title": "بچوں کو بتائیں کہ کہاں جانا ہے",
  "tailoring.strategy.children-safe-place.what":
    "بچوں کے ساتھ ایک محفوظ جگہ طے کریں جہاں وہ چیخ پکار یا لڑائی کے وقت جائیں: کوئی کمرہ، یا کسی پڑوسی کا گھر۔",
  "tailoring.strategy.children-safe-place.why":
    "بچے اکثر بیچ میں پڑنے کی کوشش کرتے ہیں۔ یہ ان کا کام نہیں، اور انہیں چوٹ لگ سکتی ہے۔",
  "tailoring.strategy.children-safe-place.how": [
    "انہیں بتائیں کہ یہ ان کی غلطی نہیں ہے، اور وہ اسے روکنے کی کوشش نہ کریں۔",
    "اس سائٹ پر بچے کا منصوبہ ان کے ساتھ بنائیں، اور اس کی مشق کریں۔",
  ],
  "tailoring.strategy.children-safe-place.printLabel": "بچوں کا کونا",
  "tailoring.strategy.children-phone-999.title": "بچوں کو 999 پر فون کرنا سکھائیں",
  "tailoring.strategy.children-phone-999.what":
    "بچوں کو سکھائیں کہ 999 پر فون کیسے کرتے ہیں، اور کیا کہنا ہے: اپنا نام، اپنا پتا اور کیا ہو رہا ہے۔",
  "tailoring.strategy.children-phone-999.why": "جو بچہ جانتا ہو کہ کیا کرنا ہے، وہ کم ڈرتا ہے، اور مدد بلا سکتا ہے۔",
  "tailoring.strategy.children-phone-999.how": [
    "کھلونا فون سے مشق کریں، اصلی فون سے کبھی نہیں۔",
    "اس سائٹ پر بچے کے منصوبے میں فون کی مشق موجود ہے۔",
  ],
  "tailoring.strategy.children-phone-999.printLabel": "فون کی مشق",
  "tailoring.strategy.tell-nursery-or-school.title": "نرسری یا اسکول کو بتائیں",
  "tailoring.strategy.tell-nursery-or-school.what":
    "اسکول میں بچوں کی حفاظت کے ذمہ دار \u2066(safeguarding lead)\u2069 کو بتائیں کہ کیا ہو رہا ہے، اور بچوں کو کون لے جا سکتا ہے۔",
  "tailoring.strategy.tell-nursery-or-school.why":
    "اسکول بچوں کا ساتھ دے سکتے ہیں اور پریشانی کی باتوں پر نظر رکھ سکتے ہیں۔",
  "tailoring.strategy.tell-nursery-or-school.how": [
    "\u2066designated safeguarding lead\u2069 سے بات کرنے کو کہیں۔",
    "بچوں کے بارے میں عدالت کے کسی بھی حکم کی کاپیاں انہیں دیں۔",
  ],
  "tailoring.strategy.tell-nursery-or-school.printLabel": "اسکول",
  "tailoring.strategy.safer-handovers.title": "بچوں کا لینا دینا زیادہ محفوظ بنائیں",
  "tailoring.strategy.safer-handovers.what":
    "اگر دوسرے والد یا والدہ بچوں سے ملتے ہیں تو بچوں کو کسی عام جگہ پر یا \u2066contact centre\u2069 میں حوالے کریں۔ یا کسی اور سے یہ کام کرنے کو کہیں۔",
  "tailoring.strategy.safer-handovers.why": "بچوں کے لینے دینے کا وقت آپ اور بچوں دونوں کے لیے خطرے کا وقت ہو سکتا ہے۔",
  "tailoring.strategy.safer-handovers.how": [
    "وقت اور جگہ لکھ کر طے کریں، اور جو ہو اس کا ریکارڈ رکھیں۔",
    "کوئی بھی فکر ہو تو اپنے سپورٹ ورکر یا وکیل کو بتائیں۔",
  ],
  "tailoring.strategy.safer-handovers.printLabel": "بچوں کو لانا لے جانا",
  "tailoring.strategy.baby-things-ready.title": "بچے کی چیزیں تیار رکھیں",
  "tailoring.strategy.baby-things-ready.what": "دودھ، نیپیاں، دوائیں اور بچے کی صحت کی ریکارڈ بک ایک ساتھ تیار رکھیں۔",
  "tailoring.strategy.baby-things-ready.why": "چھوٹے بچے کے ساتھ لے جانے کو بہت کچھ ہوتا ہے اور وقت کم۔",
  "tailoring.strategy.baby-things-ready.how": ["انہیں ساتھ لے جانے والی چیزوں کی فہرست میں شامل کریں۔"],
  "tailoring.strategy.baby-things-ready.printLabel": "بچے کی چیزیں",
  "tailoring.strategy.children-can-talk.title": "بچوں کو بات کرنے دیں",
  "tailoring.strategy.children-can-talk.what":
    "بچوں کو بتائیں کہ وہ آپ سے، کسی ٹیچر سے، یا \u2066Childline\u2069 سے بات کر سکتے ہیں، اور اس میں ان کی کوئی غلطی نہیں۔",
  "tailoring.strategy.children-can-talk.why":
    "بچے اکثر اپنی پریشانیاں اپنے تک رکھتے ہیں۔ بات کرنے سے انہیں سنبھلنے میں مدد ملتی ہے۔",
  "tailoring.strategy.children-can-talk.how": ["\u2066Childline\u2069 مفت ہے، اور کال فون کے بل پر نظر نہیں آتی۔"],
  "tailoring.strategy.children-can-talk.printLabel": "باتیں",
  "tailoring.strategy.plan-with-teenager.title": "اپنے نوعمر بچے کے ساتھ منصوبہ بنائیں",
  "tailoring.strategy.plan-with-teenager.what":
    "اپنے نوعمر بچے کے ساتھ بیٹھ کر اس سائٹ پر نوجوان کے منصوبے سے اس کا اپنا منصوبہ بنائیں۔",
  "tailoring.strategy.plan-with-teenager.why":
    "نوعمر بچے تب بہتر سنبھلتے ہیں جب ان کی بات سنی جائے، اور انہیں پتا ہو کہ کیا کرنا ہے۔",
  "tailoring.strategy.plan-with-teenager.how": ["انہیں خود چننے دیں کہ وہ کس کے پاس جائیں گے اور کسے فون کریں گے۔"],
  "tailoring.strategy.plan-with-teenager.printLabel": "نوجوان کے نوٹس",
  "tailoring.strategy.worried-about-a-child.title": "اگر کسی بچے کی فکر ہو",
  "tailoring.strategy.worried-about-a-child.what":
    "اگر کسی بچے کی سلامتی کی فکر ہو تو مشورے کے لیے \u2066NSPCC\u2069 کی ہیلپ لائن سے بات کی جا سکتی ہے۔",
  "tailoring.strategy.worried-about-a-child.why": "وہ یہ سوچنے میں مدد کر سکتے ہیں کہ کیا کرنا ہے، اور کسے بتانا ہے۔",
  "tailoring.strategy.worried-about-a-child.how": ["تب فون کریں جب وہ شخص آس پاس نہ ہو۔"],
  "tailoring.strategy.worried-about-a-child.printLabel": "مشورے کا نمبر",

  "tailoring.strategy.pet-fostering.title": "اپنے پالتو جانور کی عارضی دیکھ بھال کے بارے میں پوچھیں",
  "tailoring.strategy.pet-fostering.what":
    "کچھ فلاحی ادارے مفت اور رازداری سے پالتو جانوروں کی دیکھ بھال کرتے ہیں، جب تک ان کے مالک کسی محفوظ جگہ منتقل ہوں۔",
  "tailoring.strategy.pet-fostering.why":
    "بہت سے لوگ اس لیے گھر چھوڑنے میں دیر کرتے ہیں کہ پالتو جانور ساتھ نہیں لے جا سکتے۔ ہو سکتا ہے آپ کو ان میں سے ایک کو چننا نہ پڑے۔",
  "tailoring.strategy.pet-fostering.how": [
    "کتے کے لیے اپنے سپورٹ ورکر سے \u2066Dogs Trust Freedom Project\u2069 کے بارے میں پوچھیں۔",
    "دوسرے جانوروں کے لیے اپنی ہیلپ لائن یا سپورٹ ورکر سے پوچھیں کہ آپ کے قریب کیا ہے۔",
  ],
  "tailoring.strategy.pet-fostering.printLabel": "جانور کی دیکھ بھال",
  "tailoring.strategy.pet-papers.title": "اپنے پالتو جانور کے کاغذات رکھیں",
  "tailoring.strategy.pet-papers.what":
    "ثبوت رکھیں کہ جانور آپ کا ہے: جانوروں کے ڈاکٹر کا ریکارڈ، اور آپ کے نام پر درج مائیکروچپ۔",
  "tailoring.strategy.pet-papers.why":
    "یہ کام آتا ہے اگر وہ شخص جانور کو رکھنے کی، یا اسے آپ کے خلاف استعمال کرنے کی کوشش کرے۔",
  "tailoring.strategy.pet-papers.how": [
    "جانوروں کے ڈاکٹر سے کہیں کہ مائیکروچپ کی تفصیلات بدلیں، اور آپ کا پتا کسی کو نہ دیں۔",
  ],
  "tailoring.strategy.pet-papers.printLabel": "جانور کے کاغذ",
  "tailoring.strategy.pets-and-refuges.title": "پالتو جانوروں کے بارے میں جلدی پوچھیں",
  "tailoring.strategy.pets-and-refuges.what":
    "کم ہی پناہ گاہیں پالتو جانور رکھ سکتی ہیں، اس لیے جلدی پوچھ لیں کہ کیا ممکن ہے۔",
  "tailoring.strategy.pets-and-refuges.why": "پہلے سے جاننے سے دیکھ بھال کا انتظام کرنے کا وقت ملتا ہے۔",
  "tailoring.strategy.pets-and-refuges.how": ["ہیلپ لائن سے رہنے کی جگہوں کی بات کرتے وقت یہ بھی پوچھیں۔"],
  "tailoring.strategy.pets-and-refuges.printLabel": "جانور کے سوال",
  "tailoring.strategy.pet-in-ready-bag.title": "اپنے پالتو جانور کا سامان بھی رکھیں",
  "tailoring.strategy.pet-in-ready-bag.what": "اپنے تیار بیگ کے ساتھ جانور کا پٹا، کھانا اور کوئی دوا بھی رکھیں۔",
  "tailoring.strategy.pet-in-ready-bag.why": "اگر جانور ساتھ لے جائیں تو اس کی چیزیں بھی چاہیے ہوں گی۔",
  "tailoring.strategy.pet-in-ready-bag.how": ["انہیں ساتھ لے جانے والی چیزوں کی فہرست میں شامل کریں۔"],
  "tailoring.strategy.pet-in-ready-bag.printLabel": "جانور کی چیزیں",
  "tailoring.strategy.abuse-concession.title": "گھریلو بدسلوکی والی رعایت کے بارے میں پوچھیں",
  "tailoring.strategy.abuse-concession.what":
    "ہو سکتا ہے آپ شوہر، بیوی یا ساتھی والے ویزا پر برطانیہ میں ہوں، اور رشتہ بدسلوکی کی وجہ سے ختم ہوا ہو۔ ایسی صورت میں آپ کو تین مہینے رہنے کی اجازت مل سکتی ہے۔ اس دوران بینیفٹس اور رہائش میں مدد مل سکتی ہے۔",
  "tailoring.strategy.abuse-concession.why":
    "اسے \u2066Migrant Victims of Domestic Abuse Concession\u2069 کہتے ہیں۔ اس سے چھت اور پیسہ کھوئے بغیر اپنی امیگریشن کی حیثیت ٹھیک کرنے کا وقت ملتا ہے۔",
  "tailoring.strategy.abuse-concession.how": [
    "درخواست دینے سے پہلے کسی رجسٹرڈ امیگریشن مشیر \u2066(regulated immigration adviser)\u2069 سے بات کریں: اس سے آپ کا ویزا بدل جاتا ہے۔",
    "سپورٹ ورکر ایسا مشیر ڈھونڈنے میں مدد کر سکتا ہے، اکثر مفت۔",
  ],
  "tailoring.strategy.abuse-concession.printLabel": "ویزا کا سوال",
  "tailoring.strategy.right-to-stay.title": "ہو سکتا ہے آپ یہاں رہ سکیں",
  "tailoring.strategy.right-to-stay.what":
    "ہو سکتا ہے آپ کسی برطانوی شہری کے، یا یہاں مستقل رہنے والے کسی شخص کے شوہر، بیوی یا ساتھی ہوں۔ اگر رشتہ بدسلوکی کی وجہ سے ختم ہوا تو ہو سکتا ہے آپ ہمیشہ کے لیے یہاں رہنے کی درخواست دے سکیں۔",
  "tailoring.strategy.right-to-stay.why":
    "بہت سے لوگوں سے کہا جاتا ہے کہ گھر چھوڑا تو انہیں ملک سے نکال دیا جائے گا۔ یہ ہمیشہ سچ نہیں ہوتا۔",
  "tailoring.strategy.right-to-stay.how": ["اپنے معاملے کے بارے میں کسی رجسٹرڈ امیگریشن مشیر سے مشورہ لیں۔"],
  "tailoring.strategy.right-to-stay.printLabel": "ویزا کے نوٹس",
  "tailoring.strategy.regulated-advice.title": "رجسٹرڈ امیگریشن مشیر سے مشورہ لیں",
  "tailoring.strategy.regulated-advice.what":
    "ویزا کے بارے میں صرف اسی سے مشورہ لیں جسے یہ مشورہ دینے کی اجازت ہو۔ یعنی رجسٹرڈ امیگریشن مشیر، وکیل \u2066(solicitor)\u2069 یا کوئی خاص مددگار ادارہ۔",
  "tailoring.strategy.regulated-advice.why":
    "غلط مشورے سے یہاں رہنے کا حق جا سکتا ہے۔ اگر آپ کے ساتھ بدسلوکی ہوئی ہو تو مشورے کا خرچ \u2066legal aid\u2069 (قانونی مدد) دے سکتی ہے۔",
  "tailoring.strategy.regulated-advice.how": ["اپنی ہیلپ لائن یا سپورٹ ورکر سے رجسٹرڈ مشیر ڈھونڈنے میں مدد مانگیں۔"],
  "tailoring.strategy.regulated-advice.printLabel": "مشیر",
  "tailoring.strategy.visa-copies.title": "اپنے پاسپورٹ اور ویزا کی کاپیاں رکھیں",
  "tailoring.strategy.visa-copies.what":
    "اپنے پاسپورٹ، ویزا اور \u2066Home Office\u2069 (وزارتِ داخلہ) کے کسی بھی خط کی کاپیاں ایسی جگہ رکھیں جہاں وہ شخص نہ پہنچ سکے۔",
  "tailoring.strategy.visa-copies.why": "کسی کو قابو میں رکھنے والے لوگ اکثر اس کا پاسپورٹ لے لیتے ہیں۔",
  "tailoring.strategy.visa-copies.how": [
    "اپنا پاسپورٹ نمبر اور ویزا کا ریفرنس نمبر لکھ لیں۔",
    "تصویریں ایسے ای میل اکاؤنٹ میں رکھیں جو صرف آپ کھول سکیں۔",
  ],
  "tailoring.strategy.visa-copies.printLabel": "پاسپورٹ کی کاپی",
  "tailoring.strategy.ask-for-interpreter.title": "ترجمان مانگیں",
  "tailoring.strategy.ask-for-interpreter.what":
    "ترجمان مانگنا آپ کا حق ہے۔ ڈاکٹر کے پاس، ہسپتال میں، پولیس کے ساتھ اور بہت سے مددگار اداروں میں ترجمان مانگا جا سکتا ہے۔",
  "tailoring.strategy.ask-for-interpreter.why":
    "ہر بات اس زبان میں کہنے کا موقع ملنا چاہیے جو آپ کو سب سے اچھی آتی ہو۔",
  "tailoring.strategy.ask-for-interpreter.how": [
    "ایسا ترجمان مانگا جا سکتا ہے جو آپ کے خاندان یا برادری کو نہ جانتا ہو، یا فون پر ترجمان۔",
    "اس شخص کو، یا اس کے خاندان والوں کو، کبھی اپنا ترجمان نہ بننے دیں۔",
  ],
  "tailoring.strategy.ask-for-interpreter.printLabel": "زبان کی مدد",
  "tailoring.strategy.help-without-public-funds.title":
    "جب سرکاری مدد کا حق نہ ہو \u2066(no recourse to public funds)\u2069",
  "tailoring.strategy.help-without-public-funds.what":
    "سرکاری مدد کا حق نہ ہو تب بھی مدد مل سکتی ہے۔ کچھ پناہ گاہیں بینیفٹس کے بغیر بھی لوگوں کو رکھتی ہیں۔ ہو سکتا ہے سوشل سروسز پر بچوں والے خاندانوں کی مدد لازم ہو۔",
  "tailoring.strategy.help-without-public-funds.why":
    "بہت سے لوگ سمجھتے ہیں کہ ان کے لیے کوئی مدد نہیں۔ اکثر مدد ہوتی ہے۔",
  "tailoring.strategy.help-without-public-funds.how": [
    "اپنی ہیلپ لائن یا سپورٹ ورکر کو اپنے ویزا کے بارے میں بتائیں، تاکہ وہ صحیح مدد ڈھونڈیں۔",
  ],
  "tailoring.strategy.help-without-public-funds.printLabel": "پوچھنے والی مدد",

  "tailoring.strategy.medicines-ready.title": "دوائیں پاس رکھیں",
  "tailoring.strategy.medicines-ready.what":
    "چند دن کی دوائیں اور اپنی دواؤں کی فہرست ایسی جگہ رکھیں جہاں سے جلدی مل جائیں۔",
  "tailoring.strategy.medicines-ready.why":
    "دوا چھوٹ جائے تو طبیعت خراب ہو سکتی ہے، اور کچھ لوگ دوائیں چھپا دیتے ہیں یا روک لیتے ہیں۔",
  "tailoring.strategy.medicines-ready.how": [
    "اپنے \u2066GP\u2069 یا فارمیسی سے اپنے نام پر بار بار ملنے والے نسخے کے بارے میں پوچھیں۔",
    "انہیں ساتھ لے جانے والی چیزوں کی فہرست میں شامل کریں۔",
  ],
  "tailoring.strategy.medicines-ready.printLabel": "دوائیں",
  "tailoring.strategy.carer-who-hurts.title": "اگر دیکھ بھال کرنے والا آپ کو تکلیف دے",
  "tailoring.strategy.carer-who-hurts.what":
    "اگر دیکھ بھال کرنے والا آپ کو تکلیف دے، ڈرائے یا قابو میں رکھے، تو یہ بدسلوکی ہے۔ مدد مانگی جا سکتی ہے، اور کوئی دوسرا دیکھ بھال کرنے والا بھی۔",
  "tailoring.strategy.carer-who-hurts.why":
    "بڑوں کی سوشل کیئر \u2066(adult social care)\u2069 پر لازم ہے کہ اس کی چھان بین کرے اور آپ کو زیادہ محفوظ رکھنے میں مدد دے۔",
  "tailoring.strategy.carer-who-hurts.how": [
    "اپنے \u2066GP\u2069، کسی نرس، سوشل ورکر یا اپنی ہیلپ لائن کو بتائیں۔",
    "کونسل کی \u2066adult social care\u2069 ٹیم سے \u2066safeguarding\u2069 جانچ کے لیے کہیں۔",
  ],
  "tailoring.strategy.carer-who-hurts.printLabel": "دیکھ بھال",
  "tailoring.strategy.way-out-that-works.title": "نکلنے کا ایسا طریقہ سوچیں جو آپ کے لیے کام کرے",
  "tailoring.strategy.way-out-that-works.what":
    "سوچیں کہ جلدی باہر جانے کے لیے آپ کو کیا چاہیے۔ شاید چلنے پھرنے کا کوئی سہارا، سننے یا دیکھنے کے آلے، دوائیں، یا کوئی مدد کرنے والا۔",
  "tailoring.strategy.way-out-that-works.why": "جو منصوبہ آپ کے جسم اور ضرورتوں کے مطابق ہو، وہی سچ مچ کام آتا ہے۔",
  "tailoring.strategy.way-out-that-works.how": [
    "سہارے اور آلے ایسی جگہ رکھیں جہاں آپ کا ہاتھ پہنچے، وہاں نہیں جہاں سے وہ شخص لے سکے۔",
    "999 پر فون کریں تو انہیں اپنی ضرورتوں کے بارے میں بتائیں۔",
  ],
  "tailoring.strategy.way-out-that-works.printLabel": "آنا جانا",
  "tailoring.strategy.tell-gp-or-health-visitor.title": "اپنے \u2066GP\u2069 یا ہیلتھ وزیٹر کو بتائیں",
  "tailoring.strategy.tell-gp-or-health-visitor.what":
    "آپ کا \u2066GP\u2069 (ڈاکٹر) یا ہیلتھ وزیٹر \u2066(health visitor)\u2069 اکیلے میں بات کر سکتے ہیں، چوٹیں لکھ سکتے ہیں اور آپ کو مدد سے ملا سکتے ہیں۔",
  "tailoring.strategy.tell-gp-or-health-visitor.why":
    "صحت کا عملہ آپ جیسے حالات والے بہت سے لوگوں سے ملتا ہے، اور جانتا ہے کہ کون مدد کر سکتا ہے۔",
  "tailoring.strategy.tell-gp-or-health-visitor.how": ["ان سے اکیلے میں ملنے کو کہیں۔"],
  "tailoring.strategy.tell-gp-or-health-visitor.printLabel": "اپائنٹمنٹ",
  "tailoring.strategy.tell-midwife.title": "اپنی مڈوائف کو بتائیں",
  "tailoring.strategy.tell-midwife.what":
    "مڈوائف ہر ایک سے بدسلوکی کے بارے میں پوچھتی ہیں، اور کم از کم ایک بار آپ سے اکیلے میں ملنے کی کوشش کرتی ہیں۔",
  "tailoring.strategy.tell-midwife.why":
    "بدسلوکی اکثر حمل میں شروع ہوتی ہے یا بڑھ جاتی ہے۔ آپ کی مڈوائف آپ کی اور بچے کی مدد کر سکتی ہے۔",
  "tailoring.strategy.tell-midwife.how": ["اگر وہ شخص ہمیشہ ساتھ آتا ہے تو کہیں کہ آپ کا ایک ٹیسٹ اکیلے میں ہونا ہے۔"],
  "tailoring.strategy.tell-midwife.printLabel": "مڈوائف",
  "tailoring.strategy.someone-you-care-for.title": "جس کی دیکھ بھال آپ کے ذمے ہے، اس کے لیے منصوبہ بنائیں",
  "tailoring.strategy.someone-you-care-for.what": "سوچیں کہ اگر آپ کو جلدی جانا پڑے تو ان کی دیکھ بھال کون کر سکتا ہے۔",
  "tailoring.strategy.someone-you-care-for.why": "ان کی فکر آپ کو خطرے میں نہ رکھے۔",
  "tailoring.strategy.someone-you-care-for.how": [
    "کونسل کی \u2066adult social care\u2069 ٹیم سے پوچھیں کہ فوری ضرورت پر ان کی دیکھ بھال کون کر سکتا ہے۔",
  ],
  "tailoring.strategy.someone-you-care-for.printLabel": "متبادل انتظام",

  "tailoring.strategy.check-location-sharing.title": "دیکھیں کہ آپ کی جگہ کون دیکھ سکتا ہے",
  "tailoring.strategy.check-location-sharing.what":
    "اپنے فون، نقشے والی ایپس اور خاندان والی ایپس میں لوکیشن شیئرنگ دیکھیں۔",
  "tailoring.strategy.check-location-sharing.why": "لوکیشن شیئرنگ لوگوں پر نظر رکھنے کے سب سے عام طریقوں میں سے ہے۔",
  "tailoring.strategy.check-location-sharing.how": [
    "شیئرنگ بند کرنے سے اس شخص کو پتا چل سکتا ہے۔ پہلے سوچیں کہ یہ محفوظ ہے یا نہیں۔",
    "سپورٹ ورکر آپ کا فون جانچنے میں مدد کر سکتا ہے۔",
  ],
  "tailoring.strategy.check-location-sharing.printLabel": "فون کی سیٹنگز",
  "tailoring.strategy.passwords-from-safe-device.title": "محفوظ ڈیوائس سے پاس ورڈ بدلیں",
  "tailoring.strategy.passwords-from-safe-device.what":
    "اپنی ای میل، بینک اور دوسرے اکاؤنٹس کے پاس ورڈ ایسی ڈیوائس سے بدلیں جو اس شخص نے کبھی استعمال نہ کی ہو۔",
  "tailoring.strategy.passwords-from-safe-device.why":
    "اگر اسے آپ کے پاس ورڈ معلوم ہیں تو وہ آپ کے پیغامات پڑھ سکتا ہے اور آپ کے منصوبے دیکھ سکتا ہے۔",
  "tailoring.strategy.passwords-from-safe-device.how": [
    "دو قدمی جانچ چالو کریں، جس کے کوڈ ایسے فون پر آئیں جو صرف آپ کے پاس ہو۔",
    "تبدیلیوں سے اس شخص کو خبر ہو سکتی ہے۔ وقت کا سوچ کر کریں۔",
  ],
  "tailoring.strategy.passwords-from-safe-device.printLabel": "لاگ اِن",
  "tailoring.strategy.private-window.title": "پرائیویٹ ونڈو یا کوئی اور ڈیوائس استعمال کریں",
  "tailoring.strategy.private-window.what":
    "مدد پرائیویٹ ونڈو میں ڈھونڈیں، یا ایسی ڈیوائس پر جو وہ شخص کبھی استعمال نہیں کرتا۔",
  "tailoring.strategy.private-window.why":
    "پرائیویٹ ونڈو ہسٹری نہیں رکھتی۔ ساری ہسٹری مٹانا عجیب لگ سکتا ہے: صرف کچھ صفحے ہٹانا کم نظر آتا ہے۔",
  "tailoring.strategy.private-window.how": ["طریقہ جاننے کے لیے اس سائٹ پر «آن لائن محفوظ رہنا» پڑھیں۔"],
  "tailoring.strategy.private-window.printLabel": "براؤزنگ",
  "tailoring.strategy.stalking-diary.title": "پیچھا کیے جانے کی ڈائری رکھیں",
  "tailoring.strategy.stalking-diary.what":
    "جب بھی وہ شخص آپ کا پیچھا کرے، اچانک آ جائے یا رابطہ کرے، تاریخ اور وقت کے ساتھ لکھیں۔",
  "tailoring.strategy.stalking-diary.why":
    "پیچھا کرنا \u2066(stalking)\u2069 جرم ہے۔ ڈائری سے بار بار ہونے والا سلسلہ نظر آتا ہے، جس سے پولیس کو قدم اٹھانے میں مدد ملتی ہے۔",
  "tailoring.strategy.stalking-diary.how": [
    "پیغامات، وائس میل، اور آپ کے لیے چھوڑی گئی کسی بھی چیز کی تصویریں رکھیں۔",
    "پولیس کو اطلاع دیں۔ خطرہ ہو تو 999 پر فون کریں۔",
  ],
  "tailoring.strategy.stalking-diary.printLabel": "ڈائری",
  "tailoring.strategy.look-for-trackers.title": "ٹریکر ڈھونڈیں",
  "tailoring.strategy.look-for-trackers.what": "چھوٹے ٹریکر گاڑی، بیگ، کوٹ یا بچے کے کھلونے میں چھپائے جا سکتے ہیں۔",
  "tailoring.strategy.look-for-trackers.why":
    "اگر اس شخص کو ہمیشہ پتا ہوتا ہے کہ آپ کہاں ہیں، تو وجہ کوئی ٹریکر ہو سکتا ہے۔",
  "tailoring.strategy.look-for-trackers.how": [
    "بہت سے فون قریب کسی انجان ٹریکر کے بارے میں خبردار کر سکتے ہیں: سیٹنگز دیکھیں۔",
    "اگر کوئی ملے تو ہٹانے سے پہلے سوچیں، اور کسی سپورٹ ورکر یا پولیس کو بتائیں۔",
  ],
  "tailoring.strategy.look-for-trackers.printLabel": "گاڑی اور بیگ",
  "tailoring.strategy.children-devices.title": "بچوں کی ڈیوائسز دیکھیں",
  "tailoring.strategy.children-devices.what":
    "جو فون، ٹیبلٹ اور گیمز اس شخص نے دیے یا سیٹ کیے، وہ بتا سکتے ہیں کہ بچے کہاں ہیں۔",
  "tailoring.strategy.children-devices.why":
    "گھر چھوڑنے والے والد یا والدہ کو ڈھونڈنے کے لیے اکثر بچوں کی ڈیوائسز استعمال ہوتی ہیں۔",
  "tailoring.strategy.children-devices.how": [
    "فیملی شیئرنگ، اور جگہ دکھانے والی سیٹنگز دیکھیں۔",
    "سپورٹ ورکر انہیں جانچنے میں مدد کر سکتا ہے۔",
  ],
  "tailoring.strategy.children-devices.printLabel": "ٹیبلٹ",

  "tailoring.strategy.honour-specialist.title": "کسی خاص ادارے سے بات کریں",
  "tailoring.strategy.honour-specialist.what":
    "\u2066Karma Nirvana\u2069 ان لوگوں کی مدد کرتا ہے جنہیں «عزت» کے نام پر بدسلوکی یا زبردستی کی شادی کا سامنا ہو۔",
  "tailoring.strategy.honour-specialist.why":
    "وہ خاندان اور برادری کا دباؤ سمجھتے ہیں، اور آپ کے بارے میں کوئی رائے قائم نہیں کریں گے۔",
  "tailoring.strategy.honour-specialist.how": [
    "تب فون کریں جب آس پاس کوئی نہ ہو، ایسے فون سے جو آپ کے گھر والے نہ دیکھتے ہوں۔",
  ],
  "tailoring.strategy.honour-specialist.printLabel": "فون کال",
  "tailoring.strategy.forced-marriage-help.title": "کسی کی زبردستی شادی کروانا جرم ہے",
  "tailoring.strategy.forced-marriage-help.what":
    "برطانیہ میں کسی کی زبردستی شادی کروانا جرم ہے۔ حکومت کا \u2066Forced Marriage Unit\u2069 برطانیہ میں بھی اور باہر بھی مدد کر سکتا ہے۔",
  "tailoring.strategy.forced-marriage-help.why": "عدالت بھی شادی روکنے یا کسی کو واپس گھر لانے کا حکم دے سکتی ہے۔",
  "tailoring.strategy.forced-marriage-help.how": ["کسی ٹیچر، ڈاکٹر، سپورٹ ورکر یا پولیس کو بتائیں۔"],
  "tailoring.strategy.forced-marriage-help.printLabel": "شادی کے نوٹس",
  "tailoring.strategy.travel-abroad.title": "بیرونِ ملک سفر میں احتیاط کریں",
  "tailoring.strategy.travel-abroad.what":
    "کیا ڈر ہے کہ آپ کو شادی کے لیے ملک سے باہر لے جایا جائے گا؟ تو کسی بھی سفر سے پہلے کسی کو بتائیں، اور اپنے پاسپورٹ کی کاپیاں رکھیں۔",
  "tailoring.strategy.travel-abroad.why": "ملک سے باہر پہنچ کر مدد لینا بہت مشکل ہوتا ہے۔",
  "tailoring.strategy.travel-abroad.how": [
    "کسی بھروسے والے شخص کو اپنا پاسپورٹ نمبر اور وہاں رہنے کا پتا دیں۔",
    "طے کریں کہ رابطہ کب ہوگا، اور رابطہ نہ ہو تو وہ کیا کریں گے۔",
  ],
  "tailoring.strategy.travel-abroad.printLabel": "سفر کی تفصیل",
  "tailoring.strategy.trusted-outside-family.title": "خاندان سے باہر کسی کو چنیں",
  "tailoring.strategy.trusted-outside-family.what":
    "اپنے خاندان اور برادری سے باہر ایک ایسا شخص چنیں جس پر بھروسا ہو۔ مثلاً کوئی ٹیچر، ڈاکٹر یا دوست۔",
  "tailoring.strategy.trusted-outside-family.why": "جب خاندان خود اس میں شامل ہو تو اندر سے مدد لینا محفوظ نہیں ہوتا۔",
  "tailoring.strategy.trusted-outside-family.how": ["ان سے رابطے کا طریقہ طے کریں، اور ایک خفیہ لفظ بھی۔"],
  "tailoring.strategy.trusted-outside-family.printLabel": "دوست",
  "tailoring.strategy.tell-someone-you-trust.title": "کسی ایک بھروسے والے شخص کو بتائیں",
  "tailoring.strategy.tell-someone-you-trust.what":
    "کسی ایک دوست، رشتہ دار یا ساتھ کام کرنے والے کو بتائیں کہ کیا ہو رہا ہے، اور آپ کی ان سے کیا توقع ہے۔",
  "tailoring.strategy.tell-someone-you-trust.why":
    "یہ سب اکیلے سنبھالنا ضروری نہیں، اور جو جانتا ہو وہ تب قدم اٹھا سکتا ہے جب آپ نہ اٹھا سکیں۔",
  "tailoring.strategy.tell-someone-you-trust.how": [
    "ایسا شخص چنیں جو اس شخص کو نہ بتائے۔",
    "انہیں اپنے منصوبے میں لوگوں کی فہرست میں لکھیں۔",
  ],
  "tailoring.strategy.tell-someone-you-trust.printLabel": "دوست",
  "tailoring.strategy.ask-about-idva.title": "اپنے لیے ایک مشیر کے بارے میں پوچھیں",
  "tailoring.strategy.ask-about-idva.what":
    "آزاد گھریلو تشدد مشیر \u2066(IDVA)\u2069 زیادہ خطرے والے لوگوں کے ساتھ کام کرتا ہے۔ وہ آپ کی طرف ہوتا ہے، پولیس یا کونسل کی طرف نہیں۔",
  "tailoring.strategy.ask-about-idva.why":
    "وہ حفاظت، رہائش، عدالت اور پیسوں کے معاملات میں مدد کر سکتا ہے، اور MARAC میٹنگ میں آپ کی طرف سے بات کر سکتا ہے۔",
  "tailoring.strategy.ask-about-idva.how": [
    "اپنی ہیلپ لائن، \u2066GP\u2069 یا مقامی مددگار ادارے سے پوچھیں کہ ان سے کیسے رابطہ ہو۔",
  ],
  "tailoring.strategy.ask-about-idva.printLabel": "مشیر",
  "tailoring.strategy.lgbt-service.title": "\u2066LGBT+\u2069 لوگوں کے ادارے سے بات کریں",
  "tailoring.strategy.lgbt-service.what":
    "\u2066Galop\u2069 ایسے \u2066LGBT+\u2069 لوگوں کے لیے ہیلپ لائن چلاتا ہے جن کے ساتھ بدسلوکی ہو رہی ہو، خاندان کی طرف سے بھی۔",
  "tailoring.strategy.lgbt-service.why":
    "وہ ایسی دھمکیاں سمجھتے ہیں جیسے آپ کی شناخت سب کو بتا دینے کی دھمکی، اور وہ رکاوٹیں جو \u2066LGBT+\u2069 لوگوں کے سامنے آتی ہیں۔",
  "tailoring.strategy.lgbt-service.how": ["تب فون کریں جب آس پاس کوئی نہ ہو۔"],
  "tailoring.strategy.lgbt-service.printLabel": "فون کال",
  "tailoring.strategy.service-for-men.title": "مردوں کے ادارے سے بات کریں",
  "tailoring.strategy.service-for-men.what":
    "\u2066Men's Advice Line\u2069 ان مردوں کی مدد کرتی ہے جنہیں ساتھی یا خاندان کی طرف سے بدسلوکی کا سامنا ہو۔",
  "tailoring.strategy.service-for-men.why":
    "مردوں کی بات پر اکثر یقین نہیں کیا جاتا، یا انہیں مدد مانگنے میں شرم آتی ہے۔ یہ ادارہ یہ بات سمجھتا ہے۔",
  "tailoring.strategy.service-for-men.how": ["تب فون کریں جب آس پاس کوئی نہ ہو۔"],
  "tailoring.strategy.service-for-men.printLabel": "فون کال",
  "tailoring.strategy.older-people.title": "بڑی عمر کے لوگوں کو بھی مدد مل سکتی ہے",
  "tailoring.strategy.older-people.what":
    "ساتھی، بڑی اولاد یا دیکھ بھال کرنے والے کی بدسلوکی ہر عمر میں بدسلوکی ہے۔ آپ کا \u2066GP\u2069 اور \u2066adult social care\u2069 مدد کر سکتے ہیں۔",
  "tailoring.strategy.older-people.why":
    "بڑی عمر کے لوگوں کو اکثر نظر انداز کیا جاتا ہے، اور وہ تکلیف دینے والے شخص پر منحصر ہو سکتے ہیں۔",
  "tailoring.strategy.older-people.how": ["اپنے \u2066GP\u2069، کسی نرس یا اپنی ہیلپ لائن کو بتائیں کہ کیا ہو رہا ہے۔"],
  "tailoring.strategy.older-people.printLabel": "اپائنٹمنٹ",
  "tailoring.strategy.family-abuse-counts.title": "خاندان کی بدسلوکی بھی بدسلوکی ہے",
  "tailoring.strategy.family-abuse-counts.what":
    "قانون کے مطابق 16 سال یا زیادہ عمر کے کسی رشتہ دار کی بدسلوکی بھی گھریلو بدسلوکی ہے۔ یہ صرف ساتھی کی بدسلوکی نہیں۔",
  "tailoring.strategy.family-abuse-counts.why": "آپ کے لیے بھی وہی مدد، وہی عدالتی حکم اور وہی ادارے موجود ہیں۔",
  "tailoring.strategy.family-abuse-counts.how": [
    "اپنی ہیلپ لائن کو بتائیں کہ کون آپ کو تکلیف دے رہا ہے۔ وہ آپ کے یا آپ کے خاندان کے بارے میں کوئی رائے قائم نہیں کریں گے۔",
  ],
  "tailoring.strategy.family-abuse-counts.printLabel": "خاندان کے نوٹس",

  "tailoring.strategy.right-to-ask.title": "پولیس سے ساتھی کے ماضی کے بارے میں پوچھیں",
  "tailoring.strategy.right-to-ask.what":
    "\u2066Clare's Law\u2069 کے تحت پولیس سے پوچھا جا سکتا ہے کہ کیا کسی ساتھی کا بدسلوکی کا ریکارڈ ہے۔",
  "tailoring.strategy.right-to-ask.why": "یہ جاننا فیصلہ کرنے میں مدد دے سکتا ہے۔",
  "tailoring.strategy.right-to-ask.how": [
    "کسی پولیس اسٹیشن میں خود جا کر، یا غیر ایمرجنسی نمبر پر فون کر کے پوچھیں۔ بہت سے علاقوں میں آن لائن بھی پوچھا جا سکتا ہے۔",
  ],
  "tailoring.strategy.right-to-ask.printLabel": "پوچھنے والا سوال",
  "tailoring.strategy.protective-orders.title": "اس شخص کو دور رکھنے والے حکم کے بارے میں پوچھیں",
  "tailoring.strategy.protective-orders.what":
    "عدالت اس شخص کو حکم دے سکتی ہے کہ آپ سے رابطہ نہ کرے، یا آپ کے گھر سے دور رہے۔",
  "tailoring.strategy.protective-orders.why": "ان میں سے کچھ حکم توڑنا جرم ہے، اس لیے پولیس جلدی قدم اٹھا سکتی ہے۔",
  "tailoring.strategy.protective-orders.how": [
    "کسی سپورٹ ورکر یا وکیل سے \u2066non-molestation order\u2069 یا \u2066occupation order\u2069 کے بارے میں پوچھیں۔",
    "ایمرجنسی میں، اس شخص کو پہلے بتائے بغیر بھی حکم جاری ہو سکتا ہے۔",
  ],
  "tailoring.strategy.protective-orders.printLabel": "کاغذات",
  "tailoring.strategy.legal-aid.title": "دیکھیں کہ کیا آپ کو \u2066legal aid\u2069 مل سکتی ہے",
  "tailoring.strategy.legal-aid.what":
    "اگر آپ کے ساتھ بدسلوکی ہوئی ہے تو وکیل کا خرچ دینے کے لیے \u2066legal aid\u2069 (قانونی مدد) مل سکتی ہے۔ یہ خاندانی مقدموں کے لیے ہے، جیسے بچے کہاں رہیں گے اور کس سے ملیں گے۔",
  "tailoring.strategy.legal-aid.why": "عموماً کچھ ثبوت چاہیے ہوتا ہے، جیسے کسی ڈاکٹر یا مددگار ادارے کا خط۔",
  "tailoring.strategy.legal-aid.how": [
    "\u2066legal aid\u2069 کا کام کرنے والے کسی فیملی وکیل سے، یا اپنے سپورٹ ورکر سے پوچھیں۔",
  ],
  "tailoring.strategy.legal-aid.printLabel": "خرچ میں مدد",

  "tailoring.strategy.not-your-fault.title": "یاد رکھیں: یہ آپ کی غلطی نہیں ہے",
  "tailoring.strategy.not-your-fault.what":
    "آپ کا کوئی کام یا کوئی بات اسے آپ کی غلطی نہیں بناتی۔ تکلیف دینے والا شخص خود ایسا کرنا چنتا ہے۔",
  "tailoring.strategy.not-your-fault.why":
    "دوسروں کو تکلیف دینے والے اکثر اسی کو الزام دیتے ہیں جسے تکلیف دیتے ہیں۔ یہ سچ نہیں۔",
  "tailoring.strategy.not-your-fault.how": ["اگر آپ کی جگہ کوئی دوست ہوتا تو اس سے جو مہربان بات کہی جاتی، وہ لکھیں۔"],
  "tailoring.strategy.not-your-fault.printLabel": "یاد دہانی",
  "tailoring.strategy.mixed-feelings.title": "ملے جلے جذبات عام بات ہیں",
  "tailoring.strategy.mixed-feelings.what": "کسی سے محبت کے ساتھ یہ چاہنا بھی ممکن ہے کہ تکلیف رک جائے۔",
  "tailoring.strategy.mixed-feelings.why":
    "دو طرف کھنچا ہوا محسوس کرنا سب سے مشکل حصوں میں سے ہے۔ اس پر بات کرنا مدد کر سکتا ہے۔",
  "tailoring.strategy.mixed-feelings.how": ["اپنی ہیلپ لائن سے بات کریں۔ وہ آپ کو یہ نہیں بتائیں گے کہ کیا کرنا ہے۔"],
  "tailoring.strategy.mixed-feelings.printLabel": "خیالات",
  "tailoring.strategy.look-after-yourself.title": "اپنا خیال رکھیں",
  "tailoring.strategy.look-after-yourself.what":
    "نیند، کھانا، تازہ ہوا اور آپ کی پروا کرنے والے لوگ، سب سنبھلنے میں مدد دیتے ہیں۔",
  "tailoring.strategy.look-after-yourself.why":
    "بدسلوکی لوگوں کو تھکا دیتی ہے۔ چھوٹی چھوٹی چیزیں زیادہ مضبوط محسوس کرنے میں مدد کر سکتی ہیں۔",
  "tailoring.strategy.look-after-yourself.how": [
    "اگر دل اداس ہو، گھبراہٹ ہو یا نیند نہ آئے تو اپنے \u2066GP\u2069 سے بات کریں۔",
  ],
  "tailoring.strategy.look-after-yourself.printLabel": "اپنے لیے وقت",

  "tailoring.strategy.signal-and-power.title": "مدد بلانے کا ذریعہ رکھیں",
  "tailoring.strategy.signal-and-power.what": "جانیں کہ فون کا سگنل کہاں آتا ہے، اور ایک چارج کیا ہوا پاور بینک رکھیں۔",
  "tailoring.strategy.signal-and-power.why":
    "لوگوں سے دور، مدد پہنچنے میں زیادہ وقت لگ سکتا ہے، اس لیے جلدی فون کر سکنا ضروری ہے۔",
  "tailoring.strategy.signal-and-power.how": [
    "سب سے قریب کی ایسی جگہ یاد رکھیں جہاں لوگ ہوں، جیسے کوئی دکان یا پڑوسی۔",
  ],
  "tailoring.strategy.signal-and-power.printLabel": "پاور بینک",
  "tailoring.strategy.lift-arranged.title": "پہلے سے گاڑی کا انتظام کریں",
  "tailoring.strategy.lift-arranged.what":
    "گاڑی والے کسی بھروسے کے شخص سے پوچھیں کہ اگر آپ کو جانا پڑے تو کیا وہ آپ کو لے جائیں گے۔",
  "tailoring.strategy.lift-arranged.why": "گاڑی کے بغیر زیادہ محفوظ جگہ پہنچنے میں بہت دیر لگ سکتی ہے۔",
  "tailoring.strategy.lift-arranged.how": ["ان کا نمبر، اور ٹیکسی کا نمبر، اپنے منصوبے میں رکھیں۔"],
  "tailoring.strategy.lift-arranged.printLabel": "سواری",

  // Signs of danger: each is a plain statement the person may recognise, then what it means.
  "tailoring.sign.strangled.label":
    "انہوں نے میری گردن پر ہاتھ ڈالے، میرا گلا دبایا یا دم گھونٹا، یا ایسا کرنے کی کوشش کی",
  "tailoring.sign.strangled.flag":
    "گلا دبانا یا دم گھونٹنا بہت خطرناک ہے، چاہے کوئی نشان نہ رہا ہو۔ اس سے ایسا نقصان ہو سکتا ہے جو نظر نہ آئے، اور یہ خبردار کرتا ہے کہ وہ جان بھی لے سکتے ہیں۔",
  "tailoring.sign.threats-to-kill.label": "انہوں نے مجھے، کسی اور کو یا خود کو مار ڈالنے کی دھمکی دی ہے",
  "tailoring.sign.threats-to-kill.flag":
    "جان سے مارنے کی دھمکی کو سنجیدگی سے لیں، چاہے غصے میں کہی گئی ہو یا مذاق میں۔",
  "tailoring.sign.separation.label": "ہم الگ ہو گئے ہیں، یا میرا الگ ہونے کا ارادہ ہے",
  "tailoring.sign.separation.flag":
    "گھر چھوڑنے کے آس پاس اور اس کے فوراً بعد کا وقت بہت سے لوگوں کے لیے سب سے زیادہ خطرے کا ہوتا ہے۔ اس کا منصوبہ مدد لے کر بنائیں۔",
  "tailoring.sign.stalking.label": "وہ میرا پیچھا کرتے ہیں، مجھ پر نظر رکھتے ہیں یا بار بار رابطہ کرتے ہیں",
  "tailoring.sign.stalking.flag": "پیچھا کرنا جرم ہے، اور یہ اکثر سنگین نقصان سے پہلے ہوتا ہے۔",
  "tailoring.sign.weapons.label": "انہوں نے مجھ پر ہتھیار استعمال کیا یا اس سے دھمکایا، یا وہ ہتھیار حاصل کر سکتے ہیں",
  "tailoring.sign.weapons.flag": "ہتھیار ہو تو سنگین نقصان کا امکان بہت بڑھ جاتا ہے۔",
  "tailoring.sign.getting-worse.label": "یہ زیادہ بار ہو رہا ہے، یا بڑھتا جا رہا ہے",
  "tailoring.sign.getting-worse.flag":
    "بڑھتی ہوئی یا زیادہ بار ہونے والی بدسلوکی اس بات کی نشانی ہے کہ خطرہ بڑھ رہا ہے۔",
  "tailoring.sign.pregnant-or-baby.label": "میں حاملہ ہوں، یا میرا ایک سال سے چھوٹا بچہ ہے",
  "tailoring.sign.pregnant-or-baby.flag":
    "بدسلوکی اکثر حمل میں اور بچے کی پیدائش کے بعد شروع ہوتی ہے یا بڑھ جاتی ہے۔ آپ اور آپ کا بچہ زیادہ مدد کے حق دار ہیں۔",
  "tailoring.sign.own-fear.label": "مجھے ڈر ہے کہ وہ کیا کر سکتے ہیں",
  "tailoring.sign.own-fear.flag": "خطرے کا آپ کا اپنا احساس سب سے اچھے رہنماؤں میں سے ہے۔ اس پر بھروسا کریں۔",
  "tailoring.sign.threats-about-children.label":
    "وہ بچوں کو لے جانے یا انہیں تکلیف دینے کی دھمکی دیتے ہیں، یا بچوں سے ملاقات کو مجھ تک پہنچنے کا ذریعہ بناتے ہیں",
  "tailoring.sign.threats-about-children.flag": "بچوں کے بارے میں دھمکیاں سنگین ہیں، ان کے لیے بھی اور آپ کے لیے بھی۔",
  "tailoring.advice.phone-999.title": "999 پر فون کریں",
  "tailoring.advice.phone-999.text": "اگر ابھی خطرہ ہے تو 999 پر فون کریں اور پولیس مانگیں۔",
  "tailoring.advice.silent-call.title": "اگر بول نہ سکیں: 999، پھر 55",
  "tailoring.advice.silent-call.text":
    "موبائل سے 999 ملائیں، اور اگر بول نہ سکیں تو پوچھے جانے پر 55 دبائیں۔ آپریٹر آپ کو پولیس سے ملا دے گا۔",
  "tailoring.advice.helpline.title": "اپنی ہیلپ لائن سے بات کریں",
  "tailoring.advice.helpline.text":
    "دن ہو یا رات، وہ کسی بھی وقت آپ کی پہچانی ہوئی باتوں کے لیے منصوبہ بنانے میں مدد کر سکتے ہیں۔",
  "tailoring.advice.idva.title": "آزاد گھریلو تشدد مشیر \u2066(IDVA)\u2069 مانگیں",
  "tailoring.advice.idva.text":
    "\u2066IDVA\u2069 ایک تربیت یافتہ مشیر ہے جو زیادہ خطرے والے لوگوں کے ساتھ کام کرتا ہے، اور آپ کی طرف ہوتا ہے۔ آپ کی ہیلپ لائن، \u2066GP\u2069 یا کوئی مقامی مددگار ادارہ رابطہ کروا سکتا ہے۔",
  "tailoring.advice.marac.title": "MARAC کیا ہے",
  "tailoring.advice.marac.text":
    "MARAC سب سے زیادہ خطرے والے لوگوں کے بارے میں ایک میٹنگ ہے۔ پولیس، صحت، رہائش، بچوں کے ادارے اور دوسرے اپنی معلومات بانٹتے ہیں، اور طے کرتے ہیں کہ ان لوگوں کو زیادہ محفوظ کیسے رکھیں۔ اس میں آپ کو جانا نہیں ہوتا: ایک مشیر آپ کی طرف سے بات کرتا ہے۔ کوئی پیشہ ور آپ کو ریفر کر سکتا ہے، جہاں ممکن ہو آپ کی رضامندی سے۔",
  "tailoring.advice.see-a-doctor.title": "ڈاکٹر کو دکھائیں",
  "tailoring.advice.see-a-doctor.text":
    "ڈاکٹر یا مڈوائف سے معائنہ کروائیں، چاہے آپ ٹھیک محسوس کریں۔ انہیں بتائیں کہ کیا ہوا۔",
  "tailoring.advice.keep-a-record.title": "ریکارڈ رکھیں",
  "tailoring.advice.keep-a-record.text":
    "جو ہوتا ہے، تاریخوں کے ساتھ لکھیں، اور پیغامات رکھیں، ایسی جگہ جہاں وہ شخص انہیں نہ ڈھونڈ سکے۔",
  "tailoring.advice.children-services.title": "بچوں کے لیے مدد لیں",
  "tailoring.advice.children-services.text":
    "کسی سپورٹ ورکر، بچوں کے اسکول یا \u2066NSPCC\u2069 کی ہیلپ لائن کو بتائیں۔ بچوں کے ادارے \u2066(children's services)\u2069 ان کی حفاظت میں مدد کر سکتے ہیں۔",
  // Is this device safe? One question each, and one thing to do when the answer is a worry.
  "tailoring.device.others-unlock.question":
    "کیا وہ شخص یہ فون یا کمپیوٹر کھول سکتا ہے، یا اسے اس کا پاس کوڈ معلوم ہے؟",
  "tailoring.device.others-unlock.todo":
    "ہو سکے تو اپنے منصوبے کے لیے کوئی اور ڈیوائس استعمال کریں، جیسے کسی دوست کا فون یا لائبریری کا کمپیوٹر۔ اگر محفوظ ہو تو پاس کوڈ بدل دیں۔",
  "tailoring.device.they-set-it-up.question": "کیا یہ ڈیوائس اس شخص نے خریدی، سیٹ کی، یا کچھ عرصہ اس کے پاس رہی؟",
  "tailoring.device.they-set-it-up.todo":
    "ہو سکتا ہے اس نے ایسی ایپس یا سیٹنگز ڈالی ہوں جو آپ کے کام کی خبر دیتی ہوں۔ کسی بھی نجی کام کے لیے ایسی ڈیوائس استعمال کریں جو کبھی اس کے پاس نہ رہی ہو۔",
  "tailoring.device.shared-account.question":
    "کیا یہ ڈیوائس کسی ایسے اکاؤنٹ میں سائن اِن ہے جو وہ شخص کھول سکتا ہے؟ مثلاً کوئی مشترکہ \u2066Google\u2069، \u2066Apple\u2069 یا \u2066Microsoft\u2069 اکاؤنٹ۔",
  "tailoring.device.shared-account.todo":
    "اس اکاؤنٹ میں محفوظ ہر چیز، جیسے تصویریں، ہسٹری یا پاس ورڈ، اس کی ڈیوائسز پر بھی نظر آ سکتی ہے۔ پرائیویٹ ونڈو استعمال کریں، اور اس سائٹ کا پتا محفوظ نہ کریں۔",
  "tailoring.device.browser-sync.question":
    "کیا یہ براؤزر سائن اِن ہے اور سنک کر رہا ہے، جس سے آپ کی ہسٹری دوسری ڈیوائسز پر نظر آتی ہے؟",
  "tailoring.device.browser-sync.todo":
    "اس سائٹ کے لیے پرائیویٹ ونڈو استعمال کریں۔ اگر یہ سائٹ پہلے کھولی جا چکی ہے تو ساری ہسٹری مٹانے کے بجائے صرف یہی اندراج ہسٹری سے ہٹائیں۔",
  "tailoring.device.location-shared.question":
    "کیا وہ شخص دیکھ سکتا ہے کہ آپ کہاں ہیں، مثلاً نقشے کی ایپ، \u2066Find My\u2069 یا خاندان والی ایپ کے ذریعے؟",
  "tailoring.device.location-shared.todo":
    "فون کی سیٹنگز میں لوکیشن شیئرنگ دیکھیں۔ اسے بند کرنے سے اس شخص کو خبر ہو سکتی ہے، اس لیے پہلے سوچیں، اور کسی سپورٹ ورکر سے مدد لیں۔",
  "tailoring.device.family-apps.question": "کیا آپ اس شخص کے ساتھ کسی فیملی گروپ یا پیرنٹل کنٹرول ایپ میں ہیں؟",
  "tailoring.device.family-apps.todo":
    "فیملی ایپس آپ کی جگہ، خریداری اور اسکرین ٹائم دکھا سکتی ہیں۔ کسی سپورٹ ورکر سے مدد لیں کہ وہ کیا کچھ دیکھ سکتے ہیں۔",
  "tailoring.device.childrens-devices.question":
    "کیا آپ کے بچوں کے پاس ایسے فون، ٹیبلٹ یا گیمز ہیں جو اس شخص نے انہیں دیے یا سیٹ کیے؟",
  "tailoring.device.childrens-devices.todo":
    "یہ ڈیوائسز بتا سکتی ہیں کہ بچے کہاں ہیں۔ ان کی لوکیشن اور فیملی سیٹنگز دیکھیں، ضرورت ہو تو مدد لے کر۔",
  "tailoring.device.smart-home.question":
    "کیا گھر میں ایسے کیمرے، اسمارٹ اسپیکر یا ویڈیو ڈور بیل ہیں جو اس شخص کے قابو میں ہیں؟",
  "tailoring.device.smart-home.todo":
    "ہو سکتا ہے وہ گھر میں ہونے والی باتیں دیکھ یا سن سکے۔ فون کالز اور اس سائٹ کا استعمال ان سے دور کریں۔",
  "tailoring.device.knows-too-much.question":
    "کیا اس شخص کو ایسی باتیں پتا ہوتی ہیں جو نہیں ہونی چاہییں: آپ کے پیغامات، آپ کی تلاش، یا آپ کے آنے جانے کی جگہیں؟",
  "tailoring.device.knows-too-much.todo":
    "یہ جاسوسی والے سافٹ ویئر \u2066(spyware)\u2069 یا مشترکہ اکاؤنٹ کی نشانی ہو سکتی ہے۔ اپنے منصوبے کے لیے یہ ڈیوائس استعمال نہ کریں۔ آپ کی ہیلپ لائن بتا سکتی ہے کہ اسے کیسے چیک کروایا جائے۔",
  "tailoring.device.answer.yes": "ہاں",
  "tailoring.device.answer.no": "نہیں",
  "tailoring.device.answer.not-sure": "پتا نہیں",

  // If I need to go now: the general list when the person has not made their own.
  "tailoring.goNow.take.phone": "آپ کا فون اور چارجر",
  "tailoring.goNow.take.keys": "چابیاں",
  "tailoring.goNow.take.money": "پیسے اور بینک کارڈ",
  "tailoring.goNow.take.medicines": "دوائیں",
  "tailoring.goNow.take.documents": "پاسپورٹ یا کوئی اور شناختی کاغذ، اگر جلدی ہاتھ آ سکے",
  "tailoring.goNow.take.children": "بچے، اور جو انہیں آج رات چاہیے",
  // The screens' own words.
  "tailoring.ui.ratherNotSay": "یہ نہیں بتانا",
  "tailoring.ui.priorities.intro": "جو آپ کے لیے اہم ہے وہ چنیں، پھر سب سے اہم کو سب سے اوپر لے جائیں۔",
  "tailoring.ui.priorities.chosen": "میرے لیے کیا اہم ہے، سب سے اہم پہلے",
  "tailoring.ui.priorities.none": "ابھی کچھ نہیں چنا۔",
  "tailoring.ui.priorities.up": "اوپر کریں",
  "tailoring.ui.priorities.down": "نیچے کریں",
  "tailoring.ui.priorities.remove": "نکال دیں",
  "tailoring.ui.priorities.moved": "{name} اب نمبر {n} پر ہے۔",
  "tailoring.ui.priorities.own": "اپنے الفاظ میں، آپ کے لیے کیا اہم ہے؟",
  "tailoring.ui.ideas.empty":
    "«مجھ پر کیا لاگو ہوتا ہے» اور «میرے لیے سب سے اہم کیا ہے» کے جواب دیں، تو آپ کے لیے چنے ہوئے خیالات نظر آئیں گے۔ نیچے سارے خیالات بھی دیکھے جا سکتے ہیں۔",
  "tailoring.ui.ideas.suggested": "آپ کے لیے تجاویز",
  "tailoring.ui.ideas.suggestedHint":
    "یہ ابھی آپ کے منصوبے میں نہیں ہیں۔ صرف وہ خیالات جو آپ رکھیں گے، منصوبے میں شامل ہوں گے اور پرنٹ ہوں گے۔",
  "tailoring.ui.ideas.suggestedNone":
    "ہماری ہر تجویز کے بارے میں آپ نے فیصلہ کر لیا ہے۔ مزید کے لیے نیچے سارے خیالات دیکھیں۔",
  "tailoring.ui.ideas.because": "یہ تجویز اس لیے ہے کہ {reasons}۔",
  "tailoring.ui.ideas.between": "، ",
  "tailoring.ui.ideas.and": " اور ",
  "tailoring.ui.ideas.andVowel": " اور ",
  "tailoring.ui.ideas.how": "یہ کیوں مدد کرتا ہے، اور کیسے",
  "tailoring.ui.ideas.more": { one: "1 اور خیال دکھائیں", other: "{count} اور خیالات دکھائیں" },
  "tailoring.ui.ideas.call": "کون مدد کر سکتا ہے:",
  "tailoring.ui.ideas.keep": "میرے منصوبے میں رکھیں",
  "tailoring.ui.ideas.drop": "میرے لیے نہیں",
  "tailoring.ui.ideas.kept": "میرے منصوبے میں",
  "tailoring.ui.ideas.keptNone": "ابھی کچھ نہیں رکھا۔ جو خیال آپ کے لیے ٹھیک ہو، اس پر «میرے منصوبے میں رکھیں» دبائیں۔",
  "tailoring.ui.ideas.note": "اس بارے میں میرے نوٹس",
  "tailoring.ui.ideas.takeOut": "میرے منصوبے سے نکال دیں",
  "tailoring.ui.ideas.own": "میرے اپنے خیالات",
  "tailoring.ui.ideas.ownTitle": "میرا خیال",
  "tailoring.ui.ideas.ownNote": "یہ کیسے کرنا ہے",
  "tailoring.ui.ideas.ownN": "میرا اپنا خیال {n}",
  "tailoring.ui.ideas.addOwn": "اپنا کوئی خیال شامل کریں",
  "tailoring.ui.ideas.removeOwn": "یہ خیال ہٹائیں",
  "tailoring.ui.ideas.dropped": "ایک طرف رکھے ہوئے ({count})",
  "tailoring.ui.ideas.bringBack": "واپس لائیں",
  "tailoring.ui.ideas.all": "سارے خیالات دیکھیں",
  "tailoring.ui.ideas.inPlan": "میرے منصوبے میں",
  "tailoring.ui.ideas.keptDone": "آپ کے منصوبے میں رکھ دیا: {title}۔",
  "tailoring.ui.ideas.droppedDone": "ایک طرف رکھ دیا: {title}۔ اسے نیچے سے واپس لایا جا سکتا ہے۔",
  "tailoring.ui.panel.close": "اپنے منصوبے پر واپس",
  "tailoring.ui.goNow.title": "اگر مجھے ابھی جانا پڑے",
  "tailoring.ui.goNow.intro": "چند سب سے اہم باتیں۔ اسے ابھی پڑھ لیں، تاکہ ضرورت کے وقت یاد ہو۔",
  "tailoring.ui.goNow.danger": "اگر خطرہ ہے تو 999 پر فون کریں۔ اگر موبائل پر بول نہ سکیں تو پوچھے جانے پر 55 دبائیں۔",
  "tailoring.ui.goNow.where": "جہاں میں جا سکوں",
  "tailoring.ui.goNow.who": "جنہیں میں فون کر سکوں",
  "tailoring.ui.goNow.codeWord": "میرا خفیہ لفظ",
  "tailoring.ui.goNow.waysOut": "باہر نکلنے کے میرے راستے",
  "tailoring.ui.goNow.children": "بچے کہاں جا سکتے ہیں",
  "tailoring.ui.goNow.take": "ہو سکے تو ساتھ لے جائیں",
  "tailoring.ui.goNow.takeMine": "میری فہرست سے",
  "tailoring.ui.goNow.nothing":
    "آپ کے منصوبے میں ابھی یہ نہیں لکھا کہ کہاں جانا ہے یا کسے فون کرنا ہے۔ «گھر چھوڑنے کی تیاری» اور ساتھ لے جانے والی چیزوں کی فہرست بھرنے سے یہ باتیں یہاں آ جائیں گی۔",
  "tailoring.ui.goNow.leave": "خطرہ ہو تو چیزوں کے لیے نہ رکیں۔ آپ کسی بھی چیز سے زیادہ اہم ہیں۔",
  "tailoring.ui.signs.title": "خطرے کی نشانیاں",
  "tailoring.ui.signs.intro":
    "کچھ باتوں سے سنگین نقصان کا امکان بڑھ جاتا ہے۔ جو پہچانیں اس پر نشان لگائیں، تو نظر آئے گا کہ کیا کیا جا سکتا ہے۔ کوئی نمبر نہیں دیا جاتا: خطرے کا آپ کا اپنا احساس سب سے اہم ہے۔",
  "tailoring.ui.signs.legend": "کیا ان میں سے کوئی بات جانی پہچانی ہے؟",
  "tailoring.ui.signs.flagged": "اس کا مطلب کیا ہے",
  "tailoring.ui.signs.todo": "کیا کیا جا سکتا ہے",
  "tailoring.ui.signs.none": "چاہے کسی پر نشان نہ لگایا ہو، اپنے احساس پر بھروسا کریں۔ اگر ڈر لگے تو کسی سے بات کریں۔",
  "tailoring.ui.signs.notKept": "یہاں لگائے گئے نشان محفوظ نہیں ہوتے: یہ بند کرتے ہی مٹ جاتے ہیں۔",
  "tailoring.ui.device.title": "کیا یہ ڈیوائس محفوظ ہے؟",
  "tailoring.ui.device.intro":
    "اس فون یا کمپیوٹر کے بارے میں چند سوال جو ابھی آپ کے ہاتھ میں ہے۔ جو چاہیں چھوڑ دیں۔ آپ کے جواب کہیں محفوظ نہیں ہوتے۔",
  "tailoring.ui.device.todo": "کیا کریں",
  "tailoring.ui.device.allClear":
    "آپ کے کسی جواب میں فکر کی بات نہیں۔ ضرورت ہو تو «یہ صفحہ بند کریں» استعمال کرتے رہیں، اور مزید کے لیے «آن لائن محفوظ رہنا» پڑھیں۔",
  "tailoring.ui.device.onlineSafety": "آن لائن محفوظ رہنا",
};
