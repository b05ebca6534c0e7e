import type { childPractice as en } from "../../en/practice/child";
import type { Translation } from "../../types";

/**
 * The child's practice, in Urdu, for a child of 7 to 9: very short sentences and everyday words.
 * The child is addressed as "آپ", with the polite imperative (جائیں، بتائیں), the same for a girl
 * and a boy. Each place or person blank ends its sentence (the child's own words follow it after a
 * colon), so the verb comes first, as in spoken Urdu ("جائیں اپنی محفوظ جگہ پر۔"), and each blank
 * carries its own postposition: {safePlace} "پر", {trustedPerson} "کو", {nearestPhone} and
 * {neighbour} "سے". Drafted from the English, not yet reviewed by a fluent speaker.
 */
export const childPractice: Translation<typeof en> = {
  "practice.child.title": "اپنے منصوبے کی مشق کریں",
  "practice.child.intro": [
    "آئیں، اپنے منصوبے کی مشق کریں۔ یہ صرف ایک کھیل ہے۔",
    "آپ گھر کے کسی وقت کے بارے میں پڑھیں گے۔ پھر چنیں کہ آپ کیا کریں گے۔",
    "ہم بتائیں گے کہ ہر ایک کیوں مدد دیتا ہے، یا کیوں شاید محفوظ نہ ہو۔ آپ جتنی بار چاہیں دوبارہ کر سکتے ہیں۔",
  ],
  "practice.child.blank.safePlace": "اپنی محفوظ جگہ پر",
  "practice.child.blank.trustedPerson": "کسی بھروسے والے بڑے کو",
  "practice.child.blank.nearestPhone": "سب سے قریب والے فون سے",
  "practice.child.blank.neighbour": "ساتھ والے گھر کے کسی بڑے سے",
  "practice.child.blank.name": "آپ کا نام",
  "practice.child.blank.address": "آپ کا پتہ",
  "practice.child.shouting-downstairs.situation":
    "آپ اوپر اپنے کھلونوں کے ساتھ ہیں۔ آپ کو نیچے سے چیخنے کی آواز آتی ہے۔",
  "practice.child.shouting-downstairs.question": "آپ کیا کر سکتے ہیں؟",
  "practice.child.shouting-downstairs.shouting-safe-place.label": "راستے سے دور رہیں۔ جائیں {safePlace}۔",
  "practice.child.shouting-downstairs.shouting-safe-place.feedback":
    "ہاں۔ یہ محفوظ رہنے کا اچھا طریقہ ہے۔ چیخنا آپ کی غلطی نہیں۔ اسے روکنا آپ کا کام نہیں۔",
  "practice.child.shouting-downstairs.shouting-go-down.label": "نیچے جا کر کہیں کہ بس کریں۔",
  "practice.child.shouting-downstairs.shouting-go-down.feedback":
    "یہ اچھی سوچ ہے۔ لیکن بیچ میں جانا محفوظ نہیں۔ بڑے خود اسے سنبھال سکتے ہیں۔ آپ کا کام محفوظ رہنا ہے۔",
  "practice.child.shouting-downstairs.shouting-go-and-look.label": "نیچے جا کر دیکھیں کہ کیا ہو رہا ہے۔",
  "practice.child.shouting-downstairs.shouting-go-and-look.feedback":
    "جاننا چاہنا ٹھیک ہے۔ لیکن آپ کو چوٹ لگ سکتی ہے۔ زیادہ محفوظ یہ ہے کہ راستے سے دور رہیں۔ جائیں {safePlace}۔",
  "practice.child.someone-getting-hurt.situation": "بڑے جھگڑ رہے ہیں۔ کسی کو چوٹ لگ رہی ہے۔",
  "practice.child.someone-getting-hurt.question": "محفوظ کام کیا ہے؟",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.label": "بیچ میں جا کر اسے روکیں۔",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.feedback":
    "آپ مدد کرنا چاہتے ہیں، یہ اچھی بات ہے۔ لیکن آپ کو بھی چوٹ لگ سکتی ہے۔ آپ اسے روک نہیں سکتے، اور یہ آپ کا کام نہیں۔ راستے سے ہٹ جائیں۔",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.label":
    "راستے سے ہٹ جائیں۔ جائیں {safePlace}۔ اگر محفوظ ہو تو 999 پر فون کریں {nearestPhone}۔",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.feedback":
    "ہاں۔ پہلے خود محفوظ رہیں۔ پھر اگر محفوظ ہو تو 999 پر فون کریں اور پولیس مانگیں۔ وہ مدد کر سکتے ہیں۔",
  "practice.child.someone-getting-hurt.hurt-run-next-door.label":
    "اگر آپ محفوظ طریقے سے باہر جا سکیں تو جا کر مدد لیں {neighbour}۔",
  "practice.child.someone-getting-hurt.hurt-run-next-door.feedback":
    "ہاں، اس سے بھی مدد مل سکتی ہے۔ صرف تب جائیں جب باہر جانا محفوظ ہو۔ ساتھ والے گھر کا بڑا مدد کے لیے فون کر سکتا ہے۔",
  "practice.child.scared-at-night.situation": "رات ہے۔ آپ بستر میں ہیں۔ آپ کو زور کی آوازیں آتی ہیں اور ڈر لگتا ہے۔",
  "practice.child.scared-at-night.question": "آپ کیا کر سکتے ہیں؟",
  "practice.child.scared-at-night.night-stay-out-of-the-way.label":
    "آہستہ اور گہری سانس لیں۔ جہاں ہیں وہیں رہیں، یا جائیں {safePlace}۔",
  "practice.child.scared-at-night.night-stay-out-of-the-way.feedback":
    "ہاں۔ آہستہ سانس لینے سے سکون آتا ہے۔ راستے سے دور رہنا محفوظ ہے۔ آپ کسی کھلونے کو گلے بھی لگا سکتے ہیں۔",
  "practice.child.scared-at-night.night-go-and-look.label": "اٹھ کر دیکھنے جائیں کہ کیا ہو رہا ہے۔",
  "practice.child.scared-at-night.night-go-and-look.feedback":
    "جاننا چاہنا ٹھیک ہے۔ لیکن جھگڑے کے پاس جانا محفوظ نہیں۔ راستے سے دور رہیں۔ آپ دن میں اس بارے میں بات کر سکتے ہیں۔",
  "practice.child.scared-at-night.night-tell-later.label": "دن میں بتائیں کہ آپ کو کیسا لگا {trustedPerson}۔",
  "practice.child.scared-at-night.night-tell-later.feedback":
    "ہاں۔ کسی بڑے کو اپنے احساسات بتانا اچھا ہے۔ وہ آپ کو محفوظ محسوس کرانے میں مدد کر سکتے ہیں۔ آپ مشکل میں نہیں پڑیں گے۔",
  "practice.child.keep-a-secret.situation": "گھر میں کوئی کہتا ہے: یہاں جو ہوتا ہے، کسی کو نہ بتانا۔",
  "practice.child.keep-a-secret.question": "آپ کیا کر سکتے ہیں؟",
  "practice.child.keep-a-secret.secret-keep-it.label": "بات اپنے تک رکھیں۔ کسی کو نہ بتائیں۔",
  "practice.child.keep-a-secret.secret-keep-it.feedback":
    "بتانا مشکل لگ سکتا ہے۔ لیکن جو بات آپ کو اداس کرے یا ڈرائے، اسے چھپانا اچھا نہیں۔ بتانا ٹھیک ہے۔ آپ مشکل میں نہیں پڑیں گے۔",
  "practice.child.keep-a-secret.secret-tell-trusted.label": "بتا دیں {trustedPerson}۔",
  "practice.child.keep-a-secret.secret-tell-trusted.feedback":
    "ہاں۔ آپ کسی بھروسے والے بڑے کو بتا سکتے ہیں، جیسے استاد کو۔ یہ آپ کی غلطی نہیں۔ بتانے سے ہی مدد ملتی ہے۔",
  "practice.child.little-one-crying.situation":
    "بڑے جھگڑ رہے ہیں۔ آپ کے چھوٹے بہن یا بھائی کو ڈر لگ رہا ہے۔ وہ رو رہے ہیں۔",
  "practice.child.little-one-crying.question": "آپ کیا کر سکتے ہیں؟",
  "practice.child.little-one-crying.crying-take-them.label": "اگر وہ آپ کے پاس ہو تو اسے ساتھ لے جائیں {safePlace}۔",
  "practice.child.little-one-crying.crying-take-them.feedback":
    "ہاں، اگر آپ یہ محفوظ طریقے سے کر سکیں۔ آپ دونوں مل کر راستے سے دور رہ سکتے ہیں۔ آپ اسے گلے لگا سکتے ہیں یا آہستہ سے کوئی گانا گا سکتے ہیں۔",
  "practice.child.little-one-crying.crying-ask-grown-ups.label": "جا کر بڑوں سے کہیں کہ بس کریں، تاکہ رونا رک جائے۔",
  "practice.child.little-one-crying.crying-ask-grown-ups.feedback":
    "یہ اچھی سوچ ہے۔ لیکن جھگڑے کے پاس جانا محفوظ نہیں۔ راستے سے دور رہیں۔ اسے روکنا آپ کا کام نہیں۔",
  "practice.child.little-one-crying.crying-tell-trusted.label":
    "جب سب ختم ہو جائے تو بتا دیں {trustedPerson}۔ کہیں کہ چھوٹے بہن یا بھائی کو ڈر لگا تھا۔",
  "practice.child.little-one-crying.crying-tell-trusted.feedback":
    "ہاں۔ بھروسے والا بڑا آپ دونوں کو محفوظ رکھنے میں مدد کر سکتا ہے۔ اسے ٹھیک کرنا ان کا کام ہے، آپ کا نہیں۔",
  "practice.child.after-a-fight.situation": "جھگڑا ختم ہو گیا ہے۔ آپ اداس ہیں، یا ناراض، یا دونوں۔",
  "practice.child.after-a-fight.question": "کیا چیز مدد کر سکتی ہے؟",
  "practice.child.after-a-fight.after-talk.label": "اپنے احساسات بتائیں {trustedPerson}۔",
  "practice.child.after-a-fight.after-talk.feedback":
    "ہاں۔ جو محسوس ہو، وہ محسوس کرنا ٹھیک ہے۔ کسی بھروسے والے بڑے سے بات کرنا بہت مدد دیتا ہے۔",
  "practice.child.after-a-fight.after-keep-it-in.label": "سب کچھ دل میں رکھیں۔ کسی کو نہ بتائیں۔",
  "practice.child.after-a-fight.after-keep-it-in.feedback":
    "بہت سے بچے ایسا محسوس کرتے ہیں۔ لیکن بڑے احساس دل میں رکھنے سے اور بڑے ہو سکتے ہیں۔ کسی بھروسے والے سے بات کرنا مدد دیتا ہے۔",
  "practice.child.after-a-fight.after-calm-thing.label": "کوئی پرسکون کام کریں، جیسے ڈرائنگ، پڑھنا یا کھیلنا۔",
  "practice.child.after-a-fight.after-calm-thing.feedback":
    "ہاں۔ کوئی پرسکون کام آپ کو تھوڑا بہتر محسوس کرا سکتا ہے۔ آپ بعد میں کسی بڑے سے بات بھی کر سکتے ہیں۔",
  "practice.child.call.title": "999 پر فون کرنے کی مشق",
  "practice.child.call.intro": [
    "آئیں، 999 پر فون کرنے کا کھیل کھیلیں۔ یہ اصلی فون نہیں۔",
    "الفاظ بول کر کہیں۔ آپ کا بڑا فون والا شخص بن سکتا ہے۔",
    "999 پر اصلی فون صرف تب کریں جب محفوظ ہو۔",
  ],
  "practice.child.call.which-service.operator": "ایمرجنسی۔ آپ کو کون سی سروس چاہیے؟",
  "practice.child.call.which-service.prompt": "پولیس، براہ کرم۔",
  "practice.child.call.which-service.hint": "پولیس کہیں۔",
  "practice.child.call.name.operator": "آپ کا نام کیا ہے؟",
  "practice.child.call.name.prompt": "میرا نام {name} ہے۔",
  "practice.child.call.name.hint": "اپنا نام بتائیں۔ آہستہ بولیں۔",
  "practice.child.call.address.operator": "آپ کہاں ہیں؟ آپ کا پتہ کیا ہے؟",
  "practice.child.call.address.prompt": "میرا پتہ ہے: {address}۔",
  "practice.child.call.address.hint": "بتائیں کہ آپ کہاں رہتے ہیں۔ اسے زبانی یاد رکھنا اچھا ہے۔",
  "practice.child.call.what-is-happening.operator": "کیا ہو رہا ہے؟",
  "practice.child.call.what-is-happening.prompt": "میرے گھر میں کسی کو چوٹ پہنچائی جا رہی ہے۔",
  "practice.child.call.what-is-happening.hint": "بتائیں کہ کیا ہو رہا ہے۔ جیسے: میری امی کو مارا جا رہا ہے۔",
  "practice.child.call.are-you-safe.operator": "کیا آپ اس وقت محفوظ ہیں؟",
  "practice.child.call.are-you-safe.prompt": "میں اپنی محفوظ جگہ پر ہوں۔",
  "practice.child.call.are-you-safe.hint": "بتائیں کہ آپ کہاں ہیں۔ بتائیں کہ آپ محفوظ محسوس کرتے ہیں یا نہیں۔",
  "practice.child.call.stay-on-the-line.operator": "اگر ہو سکے تو لائن پر رہیں۔",
  "practice.child.call.stay-on-the-line.prompt": "ٹھیک ہے۔ میں فون پر ہی ہوں۔",
  "practice.child.call.stay-on-the-line.hint":
    "ہو سکے تو فون بند نہ کریں۔ جو وہ کہیں وہ کریں۔ وہ آپ کی مدد کے لیے ہیں۔",
  "practice.child.call.silentCall": [
    "کبھی کبھی آپ بول نہیں سکتے۔ یہ ٹھیک ہے۔",
    "اگر آپ کے پاس موبائل ہے تو 999 پر فون کریں۔ لائن پر رہیں اور سنیں۔",
    "جب وہ کہیں تو 5 دبائیں، پھر دوبارہ 5۔ یہ 55 ہے۔",
    "اس سے انہیں پتہ چلتا ہے کہ یہ سچ مچ ہے۔ پھر وہ آپ کی مدد کر سکتے ہیں۔",
  ],
  "practice.child.call.ending": [
    "شاباش! آپ نے بہت اچھا کیا۔",
    "999 پر اصلی فون صرف ضرورت کے وقت کریں۔ جیسے جب کسی کو چوٹ لگی ہو یا کوئی خطرے میں ہو۔",
  ],
  "practice.child.closing": [
    "یہ آپ کی غلطی نہیں۔",
    "آپ جب چاہیں دوبارہ مشق کر سکتے ہیں۔",
    "آپ اپنے احساسات بتا سکتے ہیں {trustedPerson}۔",
  ],
};
