import type { editor as en } from "../../en/ui/editor";
import type { Translation } from "../../types";

/** The plan editor in Urdu: "آپ", polite imperatives; the words on the paper stay plain. Drafted from the English, not yet reviewed by a fluent speaker. */
export const editor: Translation<typeof en> = {
  "editor.moreAbout": "اس منصوبے کے بارے میں مزید",
  "editor.keptOnScreen.title": "صرف اسی اسکرین پر رکھا ہے۔",
  "editor.keptOnScreen.text": "یہ صفحہ چھوڑنے، دوبارہ لوڈ کرنے یا «یہ صفحہ بند کریں» دبانے سے یہ مٹ جاتا ہے۔",
  "editor.whichPlan": "کون سا منصوبہ دکھائیں",
  "editor.planNumber": "منصوبہ {n}",
  /** One plan among several of a kind: "AB، آخری تبدیلی 10/03/2027". */
  "editor.planOption": "{name}، آخری تبدیلی {date}",
  "editor.sections.label": "اس منصوبے کے حصے",
  "editor.sections.title": "حصے",

  // A section.
  "editor.progress.notStarted": "شروع نہیں ہوا",
  "editor.progress.answered": "{total} میں سے {answered} کے جواب دیے",
  "editor.progress.done": "جواب دے دیا",
  "editor.progress.decided": "{total} میں سے {decided} طے ہوئے",
  "editor.questionsToThink": "سوچنے کے لیے سوال",
  "editor.questionsToAsk": "پوچھنے کے لیے سوال",
  "editor.numbersToKnow": "یاد رکھنے والے نمبر",

  // Reviewing a plan.

  // Fields.
  "editor.agree": "مجھے منظور ہے",
  "editor.clearAnswer": "جواب مٹائیں",
  "editor.text.full": "یہ جواب بھر گیا ہے۔ باقی بات کسی اور خانے میں لکھی جا سکتی ہے۔",
  "editor.text.left": { one: "1 حرف باقی ہے۔", other: "{count} حروف باقی ہیں۔" },
  /** Hidden after a button, for screen readers: "شامل کریں (میں) ساتھ لے جانے والی چیزیں". */
  "editor.toField": "{field} میں",

  // Lists of people and places.
  "editor.list.name": "نام",
  "editor.list.phone": "فون نمبر",
  "editor.list.role": "وہ کیسے مدد کر سکتے ہیں",
  "editor.list.place": "جگہ",
  "editor.list.placeNote": "وہاں کیسے پہنچنا ہے، یا کوئی اور یاد رکھنے کی بات",
  "editor.list.person": "{field}: شخص {n}",
  "editor.list.placeN": "{field}: جگہ {n}",
  "editor.list.addPerson": "ایک شخص شامل کریں",
  "editor.list.addAnotherPerson": "ایک اور شخص شامل کریں",
  "editor.list.addPlace": "ایک جگہ شامل کریں",
  "editor.list.addAnotherPlace": "ایک اور جگہ شامل کریں",
  "editor.list.remove": "ہٹائیں",
  /** Hidden after "Remove", for screen readers. */
  "editor.list.removePerson": "{field} سے شخص {n}",
  "editor.list.removePlace": "{field} سے جگہ {n}",
  "editor.list.full": "اس فہرست میں اس سے زیادہ نہیں آ سکتے ({max})۔",
  "editor.list.removed": "ہٹا دیا گیا: {what}۔",
  "editor.list.undo": "واپس لیں",

  // Print controls.
  "editor.print.title": "پرنٹ کریں",
  "editor.print.discreet": "سادہ پرنٹ: صرف عام الفاظ، اور ایک عام سا عنوان («{title}»)",
  "editor.print.discreetHint":
    "سرخیاں «نوٹس» اور «لوگ» جیسے الفاظ بن جاتی ہیں، اور اداروں کے نام پرنٹ نہیں ہوتے۔ یہ انتخاب اس صفحے کے ہر پرنٹ کے لیے ہے، اور محفوظ نہیں ہوتا۔",
  "editor.print.numbersLegend": "کاغذ پر نمبر",
  "editor.print.numbersHint":
    "ہر نمبر ادارے کے نام کے بغیر، الگ چھپتا ہے۔ اسے کوئی ایسا نام دیں جس کا مطلب صرف آپ سمجھیں، یا خالی چھوڑ دیں۔",
  "editor.print.numberLabel": "{name}، {phone}",
  "editor.print.fullText":
    "پرنٹ پر آپ کے جواب ہوتے ہیں، اور جو سوال رہ گئے ان کے لیے لکھنے کی لکیریں۔ اسے ایسی جگہ رکھیں جہاں کسی کو نہ ملے، یا کسی سپورٹ ورکر سے کہیں کہ وہ آپ کے لیے رکھ لے۔",
  "editor.print.aboutMe": "میرے حالات اور میرے لیے سب سے اہم باتیں بھی پرنٹ کریں (سادہ پرنٹ پر کبھی نہیں)",
  "editor.print.skipEmpty": "جن سوالوں کے جواب نہیں دیے، انہیں چھوڑ دیں",

  // On the paper. A discreet printout uses only the plain words, which must say nothing of what
  // it is for (src/core/print/revealing.ts checks them in every language).
  "editor.paper.forWhom": "کس کے لیے:",
  "editor.paper.reviewedOn": "دوبارہ دیکھا:",
  "editor.paper.name": "نام",
  "editor.paper.phone": "فون",
  "editor.paper.notes": "نوٹس",
  "editor.paper.howTheyCanHelp": "وہ کیسے مدد کر سکتے ہیں",
  "editor.paper.closing":
    "منصوبہ خطرہ کم کر سکتا ہے، لیکن حفاظت کی ضمانت نہیں دے سکتا۔ اگر آپ خطرے میں ہوں تو 999 پر فون کریں۔",
  "editor.paper.cardTitle": "میرے فون نمبر",
  "editor.paper.cardTitlePlain": "میرے نمبر",
  "editor.paper.someoneITrust": "کوئی جس پر مجھے بھروسا ہے",
  /** The tab title while a discreet printout or a card prints: a saved PDF is offered under it. */
  "editor.paper.documentTitle": "نوٹس",
};
