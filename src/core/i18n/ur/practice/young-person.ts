import type { youngPersonPractice as en } from "../../en/practice/young-person";
import type { Translation } from "../../types";

/**
 * The young person's practice, in Urdu, for 12 to 17: plain and warm, never childish ("کوئی
 * بھروسے والا بڑا", an adult you trust). The young person is addressed as "آپ", with the polite
 * imperative, the same for a girl and a boy. As in the child's practice, each place or person
 * blank ends its sentence and carries its own postposition ({safePlace} "پر", {trustedPerson}
 * "کو", {nearestPhone} and {neighbour} "سے"), with the verb before it. Drafted from the English,
 * not yet reviewed by a fluent speaker.
 */
export const youngPersonPractice: Translation<typeof en> = {
  "practice.young-person.title": "اپنے منصوبے کی مشق کریں",
  "practice.young-person.intro": [
    "یہ ضرورت پڑنے سے پہلے اپنے منصوبے پر سوچنے کا موقع ہے۔ یہاں کچھ بھی امتحان نہیں۔",
    "ہر صورت حال میں چند راستے ہیں۔ چنیں کہ آپ کیا کر سکتے ہیں، اور آپ دیکھیں گے کہ وہ کیوں مدد دیتا ہے یا اس میں کیا خطرے ہیں۔",
    "آپ جتنی بار چاہیں واپس جا کر دوسرے راستے آزما سکتے ہیں۔",
  ],
  "practice.young-person.blank.safePlace": "اپنی محفوظ جگہ پر",
  "practice.young-person.blank.trustedPerson": "کسی بھروسے والے بڑے کو",
  "practice.young-person.blank.nearestPhone": "سب سے قریب والے فون سے",
  "practice.young-person.blank.neighbour": "کسی بھروسے والے پڑوسی سے",
  "practice.young-person.blank.name": "آپ کا نام",
  "practice.young-person.blank.address": "آپ کا پتہ",
  "practice.young-person.argument-getting-worse.situation":
    "گھر کے بڑے جھگڑ رہے ہیں۔ آوازیں اونچی ہوتی جا رہی ہیں، اور آپ کو لگتا ہے کہ کسی کو چوٹ لگ سکتی ہے۔",
  "practice.young-person.argument-getting-worse.question": "سب سے محفوظ کام کیا ہے؟",
  "practice.young-person.argument-getting-worse.argument-step-in.label": "ان کے بیچ میں آ کر اسے روکیں۔",
  "practice.young-person.argument-getting-worse.argument-step-in.feedback":
    "کسی پیارے کو بچانا چاہنا سمجھ میں آتا ہے۔ لیکن بیچ میں آنے سے آپ کو بری چوٹ لگ سکتی ہے، اور اس سے تشدد شاذ و نادر ہی رکتا ہے۔ اسے روکنا آپ کا کام نہیں۔",
  "practice.young-person.argument-getting-worse.argument-get-out.label": "کمرے سے نکل جائیں اور جائیں {safePlace}۔",
  "practice.young-person.argument-getting-worse.argument-get-out.feedback":
    "ہاں۔ راستے سے ہٹ جانا سب سے محفوظ کام ہے۔ ایسی جگہ جائیں جہاں پہنچنے کے لیے جھگڑے کے پاس سے نہ گزرنا پڑے۔",
  "practice.young-person.argument-getting-worse.argument-call-999.label":
    "اگر کسی کو چوٹ پہنچائی جا رہی ہو اور محفوظ ہو تو 999 پر فون کریں {nearestPhone}۔",
  "practice.young-person.argument-getting-worse.argument-call-999.feedback":
    "ہاں۔ جب کسی کو چوٹ پہنچائی جا رہی ہو تو پولیس کو فون کرنا صحیح کام ہے۔ فون صرف تب کریں جب آپ کے لیے محفوظ ہو، بہتر ہے کسی الگ جگہ سے۔",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.label": "کمرے میں رہیں تاکہ نظر رکھ سکیں۔",
  "practice.young-person.argument-getting-worse.argument-stay-and-watch.feedback":
    "یہ جاننا چاہنا فطری ہے کہ کیا ہو رہا ہے۔ لیکن پاس رہنے سے آپ خطرے میں پڑتے ہیں، اور جو ہوتا ہے اس پر آپ کا بس نہیں۔ راستے سے ہٹ جانا زیادہ محفوظ ہے۔",
  "practice.young-person.taking-sides.situation":
    "گھر کا کوئی بڑا چاہتا ہے کہ آپ اس کا ساتھ دیں، یا دوسرے تک اس کا پیغام پہنچائیں۔",
  "practice.young-person.taking-sides.question": "آپ کیا کر سکتے ہیں؟",
  "practice.young-person.taking-sides.sides-pass-message.label": "امن رکھنے کے لیے پیغام پہنچا دیں۔",
  "practice.young-person.taking-sides.sides-pass-message.feedback":
    "شاید آپ کو امید ہو کہ اس سے حالات ٹھنڈے ہوں گے۔ لیکن پیغام پہنچانے سے آپ بیچ میں آ جاتے ہیں، اور الزام آپ پر آ سکتا ہے یا چوٹ لگ سکتی ہے۔ بڑوں کو اپنے مسئلے خود حل کرنے چاہییں۔",
  "practice.young-person.taking-sides.sides-stay-out.label": "سکون سے کہیں کہ آپ بیچ میں نہیں آنا چاہتے۔",
  "practice.young-person.taking-sides.sides-stay-out.feedback":
    "ہاں، اگر یہ کہنا محفوظ لگے۔ آپ کو اپنی زندگی کے بڑوں میں سے کسی ایک کو نہیں چننا، اور ان کے مسئلوں کے ذمہ دار آپ نہیں۔",
  "practice.young-person.taking-sides.sides-tell-trusted.label":
    "بتائیں کہ آپ سے کیا کہا جا رہا ہے، اور آپ کو کیسا لگتا ہے {trustedPerson}۔",
  "practice.young-person.taking-sides.sides-tell-trusted.feedback":
    "ہاں۔ بڑوں کے جھگڑے میں کھینچا جانا بہت بھاری بوجھ ہے۔ بھروسے والا بڑا یہ سوچنے میں مدد کر سکتا ہے کہ کیا کرنا ہے، اور آپ کو اکیلے اس سے نہیں نمٹنا۔",
  "practice.young-person.taking-sides.sides-pick-a-side.label":
    "کسی ایک کا ساتھ دیں، تاکہ کم از کم ایک تو آپ سے خوش رہے۔",
  "practice.young-person.taking-sides.sides-pick-a-side.feedback":
    "یہ دباؤ سچ ہے، اور یہ آپ کے ساتھ انصاف نہیں۔ لیکن کسی کا ساتھ دینے سے آپ جھگڑے میں اور کھنچ سکتے ہیں۔ اس میں آپ کی کوئی غلطی نہیں، چاہے آپ کسی کے بھی زیادہ قریب ہوں۔",
  "practice.young-person.younger-sibling-scared.situation":
    "بڑے جھگڑ رہے ہیں۔ آپ کے چھوٹے بہن یا بھائی کو ڈر لگ رہا ہے اور وہ رو رہے ہیں۔",
  "practice.young-person.younger-sibling-scared.question": "آپ کیا کر سکتے ہیں؟",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.label":
    "اگر محفوظ طریقے سے کر سکیں تو انہیں ساتھ لے جائیں {safePlace}۔",
  "practice.young-person.younger-sibling-scared.sibling-take-with-you.feedback":
    "ہاں۔ مل کر راستے سے ہٹ جانا آپ دونوں کو زیادہ محفوظ رکھتا ہے۔ یہ صرف تب کریں جب جھگڑے کے پاس سے نہ گزرنا پڑے۔",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.label":
    "جا کر بڑوں سے کہیں کہ بس کریں، کیونکہ وہ چھوٹے کو پریشان کر رہے ہیں۔",
  "practice.young-person.younger-sibling-scared.sibling-confront-adults.feedback":
    "آپ ان کا خیال رکھ رہے ہیں، یہ اچھی بات ہے۔ لیکن جھگڑے میں جانا آپ کو خطرے میں ڈالتا ہے، اور اسے روکنا آپ کا کام نہیں۔ ہو سکے تو ان کے ساتھ راستے سے دور رہیں۔",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.label":
    "ان کے ساتھ کسی خاموش جگہ رہیں، اور مل کر کوئی پرسکون کام کریں۔",
  "practice.young-person.younger-sibling-scared.sibling-keep-calm.feedback":
    "ہاں۔ نرم آواز، کوئی کھیل یا کچھ موسیقی ڈرے ہوئے بچے کی مدد کر سکتی ہے۔ لیکن ان کی حفاظت کا سارا بوجھ آپ پر نہیں: یہ بڑوں کا کام ہے۔",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.label":
    "بعد میں بتائیں کہ آپ کے بہن یا بھائی کو ڈر لگا تھا {trustedPerson}۔",
  "practice.young-person.younger-sibling-scared.sibling-tell-trusted.feedback":
    "ہاں۔ بھروسے والا بڑا یقینی بنا سکتا ہے کہ چھوٹوں کا اپنا منصوبہ ہو۔ سب کو پتہ ہونا اچھا ہے کہ کیا کرنا ہے۔",
  "practice.young-person.phone-checked.situation": "گھر میں کوئی بار بار آپ کا فون دیکھتا ہے اور آپ کے پیغام پڑھتا ہے۔",
  "practice.young-person.phone-checked.question": "کیا چیز آپ کو زیادہ محفوظ رکھنے میں مدد دے سکتی ہے؟",
  "practice.young-person.phone-checked.phone-learn-numbers.label":
    "ضروری نمبر زبانی یاد کر لیں، تاکہ فون کے رابطوں پر انحصار نہ کرنا پڑے۔",
  "practice.young-person.phone-checked.phone-learn-numbers.feedback":
    "ہاں۔ اگر آپ کو 999 اور کسی بھروسے والے شخص کا نمبر زبانی یاد ہو تو آپ کسی بھی فون سے مدد لے سکتے ہیں، چاہے آپ کا فون لے لیا جائے۔",
  "practice.young-person.phone-checked.phone-message-friend.label": "کسی دوست کو گھر کے حالات کے بارے میں میسج کریں۔",
  "practice.young-person.phone-checked.phone-message-friend.feedback":
    "دوست سے بات کرنا چاہنا سمجھ میں آتا ہے۔ لیکن اگر کوئی آپ کے پیغام پڑھتا ہے تو اس سے حالات زیادہ خطرناک ہو سکتے ہیں۔ آمنے سامنے بات کرنا زیادہ محفوظ ہے۔",
  "practice.young-person.phone-checked.phone-refuse.label": "فون دینے سے انکار کریں اور ان سے الجھ پڑیں۔",
  "practice.young-person.phone-checked.phone-refuse.feedback":
    "اپنی پرائیویسی چاہنا بالکل جائز ہے۔ لیکن اگر بحث سے حالات زیادہ خطرناک ہو سکتے ہوں تو آپ کی حفاظت پہلے ہے۔ اس کی جگہ کسی بھروسے والے سے اس بارے میں بات کریں۔",
  "practice.young-person.phone-checked.phone-talk-in-person.label": "گھر سے دور، آمنے سامنے سب بتائیں {trustedPerson}۔",
  "practice.young-person.phone-checked.phone-talk-in-person.feedback":
    "ہاں۔ آمنے سامنے بات کرنے سے آپ کے فون پر کچھ نہیں رہتا۔ بھروسے والا بڑا یہ سوچنے میں مدد کر سکتا ہے کہ محفوظ طریقے سے رابطے میں کیسے رہیں۔",
  "practice.young-person.controlling-relationship.situation":
    "جس کے ساتھ آپ گھومتے پھرتے ہیں، وہ بتاتا ہے کہ آپ کس سے ملیں، دیکھتا ہے کہ آپ کہاں ہیں، اور فوراً جواب نہ دینے پر غصہ کرتا ہے۔ وہ آپ پر ایسے کام کرنے کا دباؤ ڈالتا ہے جو آپ نہیں کرنا چاہتے۔",
  "practice.young-person.controlling-relationship.question": "آپ کیا کر سکتے ہیں؟",
  "practice.young-person.controlling-relationship.relationship-go-along.label":
    "بات مان لیں۔ اس سے پتہ چلتا ہے کہ اسے پروا ہے۔",
  "practice.young-person.controlling-relationship.relationship-go-along.feedback":
    "بہت سے لوگ شروع میں یہی سوچتے ہیں۔ لیکن پروا کرنا قابو کرنے جیسا نہیں ہوتا۔ جو پروا کرتا ہے وہ آپ کو دوستوں سے ملنے، اپنے فیصلے خود کرنے اور انکار کرنے دیتا ہے۔",
  "practice.young-person.controlling-relationship.relationship-talk.label":
    "بات کریں \u2066Childline\u2069 سے، یا سب بتائیں {trustedPerson}۔",
  "practice.young-person.controlling-relationship.relationship-talk.feedback":
    "ہاں۔ یہ آپ کی غلطی نہیں، اور آپ کو اکیلے اس سے نہیں نمٹنا۔ \u2066Childline\u2069 مفت اور نجی ہے، اور آپ ان سے آن لائن بھی رابطہ کر سکتے ہیں۔",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.label":
    "بات اپنے تک رکھیں تاکہ کوئی مسئلہ نہ بنے۔",
  "practice.young-person.controlling-relationship.relationship-keep-quiet.feedback":
    "چپ رہنا آسان لگ سکتا ہے، اور بہت سے لوگ یہی کرتے ہیں۔ لیکن ایسا قابو اکثر بڑھتا جاتا ہے۔ کسی بھروسے والے کو بتانا مسئلہ بنانا نہیں: اسی طرح مدد ملتی ہے۔",
  "practice.young-person.controlling-relationship.relationship-meet-safely.label":
    "اگر ملیں تو بھیڑ والی جگہ چنیں اور کسی دوست کو بتائیں کہ آپ کہاں ہوں گے۔",
  "practice.young-person.controlling-relationship.relationship-meet-safely.feedback":
    "ہاں۔ بھیڑ والی جگہیں، دوست جنہیں پتہ ہو کہ آپ کہاں ہیں، اور گھر واپسی کا محفوظ طریقہ، سب مدد دیتے ہیں۔ جو آپ نہ چاہیں اس سے انکار کرنا ہمیشہ ٹھیک ہے۔",
  "practice.young-person.leaving-in-a-hurry.situation": "آپ کے خاندان کو جلدی میں گھر چھوڑنا ہے۔",
  "practice.young-person.leaving-in-a-hurry.question": "سب سے اچھا کام کیا ہے؟",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.label":
    "اپنا فون، چارجر، ضروری دوا، اور ایک ایسی چیز لے لیں جو آپ کے لیے اہم ہو۔",
  "practice.young-person.leaving-in-a-hurry.leaving-grab-essentials.feedback":
    "ہاں۔ صرف وہ لیں جو ضروری ہو اور جلدی اٹھایا جا سکے۔ محفوظ طریقے سے نکلنا چیزوں سے زیادہ اہم ہے۔",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.label":
    "اپنی ہر چیز باندھ لیں تاکہ کچھ پیچھے نہ رہے۔",
  "practice.young-person.leaving-in-a-hurry.leaving-pack-everything.feedback":
    "اپنی چیزیں پیچھے چھوڑنا مشکل ہے۔ لیکن سامان باندھنے میں وقت لگتا ہے، اور محفوظ طریقے سے نکلنا پہلے ہے۔ کوئی بڑا بعد میں باقی چیزیں لانے میں مدد کر سکتا ہے۔",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.label":
    "کسی بھروسے والے دوست یا رشتہ دار کے گھر ضروری چیزوں کا بیگ تیار رکھیں۔",
  "practice.young-person.leaving-in-a-hurry.leaving-bag-ready.feedback":
    "ہاں۔ کسی محفوظ جگہ رکھے بیگ سے آپ کے پاس ضرورت کی چیزیں ہوں گی، چاہے آپ خالی ہاتھ نکلیں۔ اس کا منصوبہ کسی بھروسے والے بڑے کے ساتھ بنائیں۔",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.label":
    "بعد میں اکیلے واپس جا کر بھولی ہوئی چیزیں لے آئیں۔",
  "practice.young-person.leaving-in-a-hurry.leaving-go-back-alone.feedback":
    "اپنی چیزوں کی کمی محسوس کرنا عام ہے۔ لیکن اکیلے واپس جانا آپ کو خطرے میں ڈال سکتا ہے۔ کسی بھروسے والے بڑے کو بتائیں کہ آپ کو کیا چاہیے، وہ اسے لانے کا محفوظ طریقہ ڈھونڈ سکتے ہیں۔",
  "practice.young-person.call.title": "999 پر فون کرنے کی مشق",
  "practice.young-person.call.intro": [
    "یہ مشق کا فون ہے، اصلی نہیں۔ اپنے جواب بول کر کہیں، یا کسی بھروسے والے بڑے کے ساتھ باری باری کریں۔",
    "یہ جاننا کہ کیا کہنا ہے، اصلی فون کو آسان بناتا ہے۔ 999 پر صرف تب فون کریں جب ایسا کرنا محفوظ ہو۔",
  ],
  "practice.young-person.call.which-service.operator": "ایمرجنسی۔ آپ کو کون سی سروس چاہیے؟",
  "practice.young-person.call.which-service.prompt": "پولیس، براہ کرم۔",
  "practice.young-person.call.which-service.hint":
    "پولیس مانگیں۔ اگر کسی کو بری چوٹ لگی ہو تو یہ بھی بتائیں، تاکہ وہ اس کے لیے بھی مدد بھیج سکیں۔",
  "practice.young-person.call.name.operator": "آپ کا نام کیا ہے؟",
  "practice.young-person.call.name.prompt": "میرا نام {name} ہے۔",
  "practice.young-person.call.name.hint": "آہستہ اور صاف بولیں۔",
  "practice.young-person.call.address.operator": "آپ کہاں ہیں؟ پتہ کیا ہے؟",
  "practice.young-person.call.address.prompt": "میں یہاں ہوں: {address}۔",
  "practice.young-person.call.address.hint":
    "پوسٹ کوڈ کے ساتھ اپنا پورا پتہ بتائیں۔ اگر آپ گھر پر نہیں ہیں تو بتائیں کہ کہاں ہیں۔",
  "practice.young-person.call.what-is-happening.operator": "کیا ہو رہا ہے؟",
  "practice.young-person.call.what-is-happening.prompt":
    "میرے گھر میں کسی کو چوٹ پہنچائی جا رہی ہے۔ براہ کرم پولیس بھیجیں۔",
  "practice.young-person.call.what-is-happening.hint":
    "مختصر رکھیں: کس کو چوٹ پہنچائی جا رہی ہے، اور کون یہ کر رہا ہے۔",
  "practice.young-person.call.are-you-safe.operator": "کیا آپ اس وقت محفوظ ہیں؟",
  "practice.young-person.call.are-you-safe.prompt": "میں اپنے کمرے میں ہوں، دروازہ بند ہے۔",
  "practice.young-person.call.are-you-safe.hint":
    "بتائیں کہ آپ کہاں ہیں، کیا آپ محفوظ محسوس کرتے ہیں، اور گھر میں اور کون ہے۔",
  "practice.young-person.call.stay-on-the-line.operator": "اگر ہو سکے تو لائن پر رہیں۔",
  "practice.young-person.call.stay-on-the-line.prompt": "ٹھیک ہے، میں ابھی یہیں ہوں۔",
  "practice.young-person.call.stay-on-the-line.hint":
    "جب تک محفوظ ہو، فون جاری رکھیں اور جو وہ کہیں وہ کریں۔ اگر آپ کو بولنا بند کرنا پڑے تو کوئی بات نہیں۔",
  "practice.young-person.call.silentCall": [
    "اگر آپ موبائل سے 999 پر فون کریں اور بول نہ سکیں، تب بھی مدد مل سکتی ہے۔",
    "لائن پر رہیں اور سنیں۔ جب کہا جائے تو 55 دبائیں۔",
    "55 دبانے سے انہیں پتہ چلتا ہے کہ یہ واقعی ایمرجنسی ہے، اور وہ آپ کو پولیس سے ملا دیں گے۔",
  ],
  "practice.young-person.call.ending": [
    "شاباش۔ اب آپ جانتے ہیں کہ کیا کہنا ہے، اور اس سے اصلی فون آسان ہو گا۔",
    "999 پر اصلی فون صرف تب کریں جب کوئی خطرے میں ہو یا اسے چوٹ پہنچائی جا رہی ہو۔",
  ],
  "practice.young-person.closing": [
    "گھر میں جو ہوتا ہے وہ آپ کی غلطی نہیں، اور اسے روکنا آپ کا کام نہیں۔",
    "آپ جب چاہیں دوبارہ مشق کر سکتے ہیں۔",
    "اپنے احساسات بتائیں \u2066Childline\u2069 کو، یا {trustedPerson}۔",
  ],
};
