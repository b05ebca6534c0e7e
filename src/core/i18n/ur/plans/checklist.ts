import type { checklist as en } from "../../en/plans/checklist";
import type { Translation } from "../../types";

/**
 * The words of the checklist template (src/core/plans/templates/checklist.ts), in Urdu. The
 * reader is addressed as "آپ", with the polite imperative; the ticked items are in the first
 * person where the English is ("میری دوا"). Print titles and labels, and every item without a
 * print label, read as an ordinary household list. Drafted from the English, not yet reviewed by
 * a fluent speaker.
 */
export const checklist: Translation<typeof en> = {
  "checklist.title": "اگر میں گھر چھوڑوں تو ساتھ لے جانے والی چیزیں",
  "checklist.neutralTitle": "فہرست",
  "checklist.intro": [
    "ان چیزوں کی فہرست جو گھر چھوڑنا پڑے تو کام آ سکتی ہیں، خاص طور پر جلدی میں۔ صرف وہی لیں جو آپ محفوظ طریقے سے لے سکیں: آپ ان سب چیزوں سے زیادہ اہم ہیں۔",
    "آپ کو سب کچھ ایک ساتھ نہیں چاہیے۔ آپ پہلے سے کاپیاں یا فالتو چیزیں کسی بھروسے والے شخص کے پاس، یا کسی مدد کی سروس کے پاس رکھ سکتے ہیں۔",
    "جو چیز جمع ہو جائے اس پر نشان لگائیں۔ ہر چیز اختیاری ہے۔",
  ],
  "checklist.documents.title": "کاغذات",
  "checklist.documents.printTitle": "کاغذات",
  "checklist.documents.help": [
    "وہ کاغذ جو دکھاتے ہیں کہ آپ کون ہیں اور آپ کا کن چیزوں پر حق ہے۔ اگر اصل کاغذ نہ لے سکیں تو کاپیاں یا تصویریں بھی کام آتی ہیں۔",
  ],
  "checklist.documents.questions": [
    "کیا کوئی بھروسے والا شخص آپ کے لیے کاپیاں رکھ سکتا ہے؟",
    "کیا ان میں سے کوئی کاغذ ایسی جگہ رکھا ہے جو اس شخص کے قبضے میں ہے؟",
  ],
  "checklist.documents.documents-list.label": "ساتھ لے جانے والے کاغذات",
  "checklist.documents.documents-list.printLabel": "کاغذات",
  "checklist.documents.documents-list.passports.label": "پاسپورٹ، آپ کے اور آپ کے بچوں کے",
  "checklist.documents.documents-list.birth-certificates.label": "پیدائش کے سرٹیفکیٹ، آپ کے اور آپ کے بچوں کے",
  "checklist.documents.documents-list.identification.label": "آپ کی پہچان کا کوئی اور ثبوت، جیسے شناختی کارڈ",
  "checklist.documents.documents-list.driving-licence.label": "ڈرائیونگ لائسنس",
  "checklist.documents.documents-list.immigration-papers.label":
    "\u2066Home Office\u2069 کے کاغذات، ویزا اور کام کے پرمٹ",
  "checklist.documents.documents-list.immigration-papers.printLabel": "ویزا اور کام کے پرمٹ",
  "checklist.documents.documents-list.national-insurance.label": "\u2066National Insurance\u2069 نمبر",
  "checklist.documents.documents-list.benefit-papers.label": "بینیفٹ کے خط، کتابیں یا کارڈ",
  "checklist.documents.documents-list.medical-records.label": "میڈیکل کارڈ اور صحت کا ریکارڈ",
  "checklist.documents.documents-list.medical-records.hint":
    "جیسے آپ کے بچوں کی سرخ کتاب \u2066(red book)\u2069 اور ٹیکوں کا ریکارڈ۔",
  "checklist.documents.documents-list.tenancy-or-mortgage.label":
    "کرائے کا معاہدہ، لیز، گھر کے کاغذات یا مارگیج کے کاغذات",
  "checklist.documents.documents-list.bills.label": "حال کے بل، ان میں وہ بھی جو ادا نہیں ہوئے",
  "checklist.documents.documents-list.insurance-papers.label": "انشورنس کے کاغذات",
  "checklist.documents.documents-list.court-orders.label": "عدالت کے آرڈر، طلاق کے کاغذات اور دوسرے قانونی کاغذات",
  "checklist.documents.documents-list.court-orders.printLabel": "قانونی کاغذات",
  "checklist.money-and-cards.title": "پیسے اور کارڈ",
  "checklist.money-and-cards.printTitle": "پیسے اور کارڈ",
  "checklist.money-and-cards.help": [
    "ایک دو دن گزارنے کے لیے کافی: کرایہ، فون، کھانا اور شاید کہیں ایک رات رکنے کے لیے۔",
  ],
  "checklist.money-and-cards.questions": [
    "کیا آپ اپنا الگ بینک اکاؤنٹ کھول سکتے ہیں، جس کی اسٹیٹمنٹ کسی محفوظ جگہ آئے؟",
  ],
  "checklist.money-and-cards.money-list.label": "ساتھ لے جانے والے پیسے اور کارڈ",
  "checklist.money-and-cards.money-list.printLabel": "پیسے اور کارڈ",
  "checklist.money-and-cards.money-list.cash.label": "کچھ نقد پیسے، کرائے کے لیے کھلے پیسے بھی",
  "checklist.money-and-cards.money-list.bank-cards.label": "بینک اور کریڈٹ کارڈ",
  "checklist.money-and-cards.money-list.bank-books.label": "بینک کی کتابیں، اسٹیٹمنٹ یا بچت کی تفصیل",
  "checklist.money-and-cards.money-list.chequebook.label": "چیک بک",
  "checklist.keys.title": "چابیاں",
  "checklist.keys.printTitle": "چابیاں",
  "checklist.keys.help": [
    "فالتو چابیاں کسی بھروسے والے شخص کے پاس رکھی جا سکتی ہیں، تاکہ آپ کو جلدی میں انہیں ڈھونڈنا نہ پڑے۔",
  ],
  "checklist.keys.questions": ["آپ کے لیے فالتو چابیاں کون رکھ سکتا ہے؟"],
  "checklist.keys.keys-list.label": "ساتھ لے جانے والی چابیاں",
  "checklist.keys.keys-list.printLabel": "چابیاں",
  "checklist.keys.keys-list.house-keys.label": "گھر کی چابیاں",
  "checklist.keys.keys-list.car-keys.label": "گاڑی کی چابیاں",
  "checklist.keys.keys-list.work-keys.label": "کام یا دفتر کی چابیاں",
  "checklist.keys.keys-list.friends-keys.label": "کسی دوست یا رشتہ دار کے گھر کی چابیاں",
  "checklist.medicine.title": "دوائیں",
  "checklist.medicine.printTitle": "دوائیں",
  "checklist.medicine.help": ["آپ کی اور آپ کے بچوں کی دوائیں، اور مزید دوا لینے کے لیے جو چاہیے۔"],
  "checklist.medicine.questions": [
    "اگر آپ کو دوائیں چھوڑ کر جانا پڑے تو کیا آپ کا \u2066GP\u2069 یا فارمیسی مدد کر سکتی ہے؟",
  ],
  "checklist.medicine.medicine-list.label": "ساتھ لے جانے والی دوائیں",
  "checklist.medicine.medicine-list.printLabel": "دوائیں",
  "checklist.medicine.medicine-list.my-medicine.label": "میری دوائیں",
  "checklist.medicine.medicine-list.childrens-medicine.label": "میرے بچوں کی دوائیں",
  "checklist.medicine.medicine-list.prescriptions.label": "نسخے، یا دواؤں اور ان کی مقدار کی فہرست",
  "checklist.medicine.medicine-list.health-aids.label": "عینک، سننے کی مشین، انہیلر یا صحت کی دوسری ضروری چیزیں",
  "checklist.clothes.title": "کپڑے",
  "checklist.clothes.printTitle": "کپڑے",
  "checklist.clothes.help": [
    "ہر ایک کے لیے کپڑوں کا ایک جوڑا۔ اگر کسی دوست یا رشتہ دار کے پاس ایک بیگ رکھا ہو تو آپ سامان باندھے بغیر جا سکتے ہیں۔",
  ],
  "checklist.clothes.questions": ["کیا کوئی دوست یا رشتہ دار آپ کے فالتو کپڑوں کا بیگ رکھ سکتا ہے؟"],
  "checklist.clothes.clothes-list.label": "ساتھ لے جانے والے کپڑے",
  "checklist.clothes.clothes-list.printLabel": "کپڑے",
  "checklist.clothes.clothes-list.my-clothes.label": "میرے لیے کپڑوں کا ایک جوڑا",
  "checklist.clothes.clothes-list.childrens-clothes.label": "میرے بچوں کے لیے کپڑوں کا ایک جوڑا",
  "checklist.clothes.clothes-list.toiletries.label": "ٹوتھ برش اور نہانے دھونے کی دوسری چیزیں",
  "checklist.childrens-things.title": "بچوں کی چیزیں",
  "checklist.childrens-things.printTitle": "بچوں کی چیزیں",
  "checklist.childrens-things.help": ["جانی پہچانی چیزیں بچوں کو نئی جگہ پر سکون دیتی ہیں۔"],
  "checklist.childrens-things.questions": ["آپ کے بچے سب سے زیادہ کیا اپنے ساتھ رکھنا چاہیں گے؟"],
  "checklist.childrens-things.childrens-list.label": "ساتھ لے جانے والی بچوں کی چیزیں",
  "checklist.childrens-things.childrens-list.printLabel": "بچوں کی چیزیں",
  "checklist.childrens-things.childrens-list.favourite-toys.label": "پسندیدہ کھلونے",
  "checklist.childrens-things.childrens-list.comfort-blanket.label": "پسندیدہ کمبل یا نرم کھلونے",
  "checklist.childrens-things.childrens-list.school-things.label": "اسکول کی وردی، کتابیں اور بستے",
  "checklist.childrens-things.childrens-list.baby-things.label":
    "چھوٹے بچے کی چیزیں، جیسے بوتلیں، دودھ کا ڈبا اور نیپی",
  "checklist.proof.title": "جو ہوا اس کا ثبوت",
  "checklist.proof.printTitle": "ریکارڈ",
  "checklist.proof.help": [
    "اگر محفوظ ہو تو جو کچھ بھی دکھائے کہ کیا ہوا ہے، وہ بعد میں کام آ سکتا ہے، جیسے پولیس، عدالت یا رہائش کے لیے۔ اسے جمع کرنے کے لیے کبھی خود کو خطرے میں نہ ڈالیں۔",
  ],
  "checklist.proof.questions": [
    "کیا گھر سے دور کوئی محفوظ جگہ ہے جہاں آپ یہ رکھ سکیں؟",
    "کن سروسز یا کارکنوں کو پہلے سے پتہ ہے کہ کیا ہو رہا ہے؟",
  ],
  "checklist.proof.proof-list.label": "ساتھ لے جانے والا ثبوت",
  "checklist.proof.proof-list.printLabel": "ریکارڈ",
  "checklist.proof.proof-list.diary.label": "ڈائری یا نوٹس کہ کیا ہوا اور کب",
  "checklist.proof.proof-list.diary.printLabel": "ڈائری یا نوٹس",
  "checklist.proof.proof-list.photos-of-injuries.label": "چوٹوں یا ٹوٹ پھوٹ کی تصویریں",
  "checklist.proof.proof-list.photos-of-injuries.printLabel": "تصویریں",
  "checklist.proof.proof-list.messages.label": "پیغام، ای میل، وائس میل یا ریکارڈنگ",
  "checklist.proof.proof-list.crime-reference-numbers.label": "پولیس کے جرم کے ریفرنس نمبر",
  "checklist.proof.proof-list.crime-reference-numbers.printLabel": "ریفرنس نمبر",
  "checklist.proof.proof-list.professionals-who-know.label": "ان کارکنوں کے نام اور رابطے جنہیں پتہ ہے",
  "checklist.proof.proof-list.professionals-who-know.hint": "جیسے آپ کا \u2066GP\u2069، ہیلتھ وزیٹر یا سپورٹ ورکر۔",
  "checklist.proof.proof-list.professionals-who-know.printLabel": "نام اور رابطے",
  "checklist.things-that-matter.title": "میرے لیے اہم چیزیں",
  "checklist.things-that-matter.printTitle": "اہم چیزیں",
  "checklist.things-that-matter.help": ["آپ کا فون، آپ کے رابطے، اور وہ چیزیں جن کی جگہ کوئی اور نہیں لے سکتی۔"],
  "checklist.things-that-matter.questions": [
    "کیا کوئی ایسی چیز ہے جس کا کھونا آپ سے برداشت نہ ہو، اور جو کوئی ابھی آپ کے لیے رکھ سکے؟",
  ],
  "checklist.things-that-matter.things-that-matter-list.label": "ساتھ لے جانے والی اہم چیزیں",
  "checklist.things-that-matter.things-that-matter-list.printLabel": "اہم چیزیں",
  "checklist.things-that-matter.things-that-matter-list.phone-and-charger.label": "میرا موبائل فون اور چارجر",
  "checklist.things-that-matter.things-that-matter-list.address-book.label": "پتوں کی کتاب، یا ضروری نمبر لکھے ہوئے",
  "checklist.things-that-matter.things-that-matter-list.photos.label": "تصویریں",
  "checklist.things-that-matter.things-that-matter-list.jewellery.label": "زیور",
  "checklist.things-that-matter.things-that-matter-list.sentimental-items.label": "وہ چیزیں جن سے یادیں جڑی ہیں",
  "checklist.things-that-matter.things-that-matter-list.pet-things.label":
    "میرے پالتو جانوروں کی چیزیں، جیسے کھانا، دوا اور ٹیکوں کا ریکارڈ",
};
