import type { services as en } from "../en/services";
import type { Translation } from "../types";

/**
 * The Urdu words for the national services: what each helps with and when it answers. The
 * services' names stay in English (they are what a person asks for). Drafted from the English,
 * not yet reviewed by a fluent speaker.
 */
export const services: Translation<typeof en> = {
  "services.emergency.name": "ایمرجنسی: پولیس، ایمبولینس، فائر بریگیڈ",
  "services.emergency.helpsWith": "کوئی بھی جو اس وقت خطرے میں ہو۔",
  "services.emergency.hours": "ہر وقت کھلی ہے",
  "services.national-helpline-england.helpsWith": "انگلینڈ میں خواتین، اور کوئی بھی جسے کسی کی فکر ہو۔",
  "services.national-helpline-england.hours": "ہر وقت کھلی ہے۔ مفت۔",
  "services.live-fear-free.helpsWith": "ویلز میں کوئی بھی۔",
  "services.live-fear-free.hours": "ہر وقت کھلی ہے۔ مفت۔",
  "services.scotland-helpline.helpsWith": "اسکاٹ لینڈ میں کوئی بھی۔",
  "services.scotland-helpline.hours": "ہر وقت کھلی ہے۔ مفت۔",
  "services.northern-ireland-helpline.helpsWith": "شمالی آئرلینڈ میں کوئی بھی۔",
  "services.northern-ireland-helpline.hours": "ہر وقت کھلی ہے۔ مفت۔",
  "services.mens-advice-line.helpsWith":
    "وہ مرد جن کے ساتھ بدسلوکی ہو رہی ہے، ان میں ٹرانس اور نان بائنری لوگ بھی شامل ہیں۔",
  "services.mens-advice-line.hours": "ہفتے کے کام کے دن۔ کھلنے کے موجودہ اوقات دیکھ لیں۔",
  "services.galop.helpsWith": "\u2066LGBT+\u2069 لوگ۔",
  "services.galop.hours": "ہفتے کے کام کے دن۔ کھلنے کے موجودہ اوقات دیکھ لیں۔",
  "services.karma-nirvana.helpsWith": "«عزت» کے نام پر بدسلوکی اور زبردستی کی شادی۔",
  "services.karma-nirvana.hours": "ہفتے کے کام کے دن۔ کھلنے کے موجودہ اوقات دیکھ لیں۔",
  "services.childline.helpsWith": "19 سال سے کم عمر کے بچے اور نوجوان۔",
  "services.childline.hours": "ہر وقت کھلی ہے۔ مفت۔ فون کے بل پر نظر نہیں آتی۔",
  "services.nspcc.helpsWith": "وہ بڑے جنہیں کسی بچے کی فکر ہو۔",
  "services.nspcc.hours": "کھلنے کے موجودہ اوقات دیکھ لیں۔",
  "services.respect.helpsWith": "وہ لوگ جنہیں ساتھی یا گھر والوں کے ساتھ اپنے رویے کی فکر ہو۔",
  "services.respect.hours": "ہفتے کے کام کے دن۔ کھلنے کے موجودہ اوقات دیکھ لیں۔",
  // An organisation's own service that gives no hours.
  "services.local.hours": "کھلنے کے موجودہ اوقات دیکھ لیں۔",
  // The numbers a plan shows (src/core/config/numbers.ts).
  "services.plan.emergencyName": "ایمرجنسی",
  "services.plan.emergencyNote": "پولیس، ایمبولینس۔ اگر آپ موبائل پر بول نہ سکیں تو جب کہا جائے، 55 دبائیں۔",
  "services.plan.childEmergencyNote": "اگر آپ موبائل پر بول نہ سکیں تو جب کہا جائے، 55 دبائیں۔",
  "services.plan.childlineNote": "مفت ہے۔ یہ فون کے بل پر نظر نہیں آتا۔",
  // The groups of numbers, on /help/ and in the workspace's numbers panel.
  "services.section.inDanger": "ابھی خطرے میں",
  "services.section.helplines": "ہیلپ لائنز",
  "services.section.local": "آپ کے قریب",
  "services.section.specialist": "دوسری ہیلپ لائنز",
  "services.section.otherNations": "برطانیہ کے دوسرے حصوں میں",
};
