import type { session as en } from "../../en/ui/session";
import type { Translation } from "../../types";

/** The professional's session, in Urdu: "آپ", plain and precise; the tab title stays neutral. Drafted from the English, not yet reviewed by a fluent speaker. */
export const session: Translation<typeof en> = {
  /** The tab's title: neutral. */
  "session.pageTitle": "سیشن",

  // The kinds of plan, as the household lists them ("بچے کا منصوبہ (AB)": initials only)
  "session.kind.adult": "بڑے کا منصوبہ",
  "session.kind.checklist": "ساتھ لے جانے والی چیزیں",
  "session.kind.child": "بچے کا منصوبہ",
  "session.kind.youngPerson": "نوجوان کا منصوبہ",
  "session.kind.withInitials": "{kind} ({initials})",

  // What the session holds in memory
  "session.held.adult": { one: "{count} بڑے کا منصوبہ", other: "{count} بڑوں کے منصوبے" },
  "session.held.checklist": { one: "{count} چیک لسٹ", other: "{count} چیک لسٹیں" },
  "session.held.child": { one: "{count} بچے کا منصوبہ", other: "{count} بچوں کے منصوبے" },
  "session.held.youngPerson": { one: "{count} نوجوان کا منصوبہ", other: "{count} نوجوانوں کے منصوبے" },
  /** Between the items of that list. */
  "session.held.separator": "، ",
  "session.held.nothing": "ابھی کچھ نہیں",

  // The banner
  "session.banner.title": "سیشن",
  "session.banner.running": "سیشن جاری ہے",
  /** {running} is "سیشن جاری ہے", in bold. */
  "session.banner.minutes": { one: "{running}، {count} منٹ سے۔", other: "{running}، {count} منٹ سے۔" },
  "session.banner.holding": "میموری میں یہ ہے: {held}۔",
  "session.banner.showAsk": "پوچھنے والے سوال دکھائیں",
  "session.banner.hideAsk": "پوچھنے والے سوال چھپائیں",
  "session.banner.end": "سیشن ختم کریں اور یہ ڈیوائس صاف کریں",
  "session.end.title": "سیشن ختم کر کے یہ ڈیوائس صاف کر دیں؟",
  "session.end.text":
    "سیشن میں جو کچھ تھا وہ اس براؤزر کے ہر ٹیب سے مٹ جائے گا: میموری میں موجود منصوبے اور یہاں محفوظ ہر چیز۔ پہلے دیکھ لیں کہ اس شخص کو جو چاہیے وہ اس کے حوالے ہو چکا ہے۔",
  "session.end.keepSaved":
    "منصوبہ اس شخص کے لیے اس ڈیوائس پر تالا لگا کر محفوظ رہنے دیں (صرف اگر یہ اس کی اپنی ڈیوائس ہو)",
  "session.end.yes": "ہاں، ختم کریں اور صاف کریں",
  "session.end.no": "نہیں، جاری رکھیں",
  "session.otherTab":
    "اس براؤزر کے ایک اور ٹیب میں ایک سیشن ہے جس میں منصوبے ہیں۔ یہاں سیشن ختم کرنے سے وہ سیشن بھی ختم ہو کر صاف ہو جائے گا۔",

  // Nothing has happened for a while
  "session.idle.title": "کیا آپ ابھی یہیں ہیں؟",
  "session.idle.nothingFor": {
    one: "1 منٹ سے کچھ نہیں ہوا۔",
    other: "{count} منٹ سے کچھ نہیں ہوا۔",
  },
  "session.idle.willEnd": {
    one: "اگر آپ کام جاری نہ رکھیں تو 1 منٹ میں سیشن ختم ہو جائے گا اور یہ ڈیوائس صاف ہو جائے گی۔",
    other: "اگر آپ کام جاری نہ رکھیں تو {count} منٹ میں سیشن ختم ہو جائے گا اور یہ ڈیوائس صاف ہو جائے گی۔",
  },
  "session.idle.keepGoing": "جاری رکھیں",
  "session.idle.saveFirst": "پہلے کاپی محفوظ کریں",

  // Reviewing a household file
  "session.review.title": "محفوظ منصوبے کا جائزہ لیں",
  "session.review.text":
    "پہلے سے محفوظ کی گئی گھر کی فائل کھولیں، تاکہ مل کر اس کا جائزہ لیا جا سکے۔ اس کے سوال بھی ساتھ آتے ہیں۔",
  "session.review.open": "گھر کی فائل کھولیں",
  /** Opens the worker's own record: only in their copy, never the family's. */
  "session.record.open": "میرے ریکارڈ کے لیے",
  "session.review.opened": "گھر کی فائل کھلی ہے: {plans}۔ نیچے ہر منصوبہ کھولیں۔",
  "session.openingPlan": "منصوبہ کھل رہا ہے…",
  "session.backToHousehold": "گھر والوں کی طرف واپس",
  "session.whereKeptTitle": "صرف اس سیشن کی میموری میں رکھا ہے۔",
  "session.whereKeptText":
    "جب تک آپ حوالے نہ کریں، کچھ محفوظ نہیں ہوتا اور کہیں نہیں بھیجا جاتا۔ سیشن ختم کرنے سے یہ مٹ جاتا ہے، اور یہ ٹیب دوبارہ لوڈ کرنے یا بند کرنے سے بھی: حوالے کرنے سے پہلے براؤزر پہلے پوچھتا ہے۔",

  // The household
  "session.household.title": "یہ گھرانہ",
  "session.household.intro": "ہر منصوبہ اسی شخص کے ساتھ مل کر بنائیں جس کا وہ ہے۔ ہر بچے سے اکیلے میں ملیں۔",
  "session.household.notStarted": "شروع نہیں ہوا",
  "session.household.answered": { one: "{count} کا جواب دیا گیا", other: "{count} کے جواب دیے گئے" },
  "session.household.open": "کھولیں",
  "session.household.remove": "ہٹائیں",
  "session.household.yesRemove": "ہاں، ہٹا دیں",
  "session.household.keepIt": "رہنے دیں",
  "session.household.addLegend": "کسی بچے یا نوجوان کے لیے منصوبہ شامل کریں",
  "session.household.childKind": "بچے کا منصوبہ (آسان قدم)",
  "session.household.initials": "ان کے نام کے پہلے حروف",
  "session.household.initialsHint": "صرف نام کے پہلے حروف، پورا نام کبھی نہیں: زیادہ سے زیادہ 4 حروف۔",
  "session.household.initialsMissing": "نام کے پہلے حروف لکھیں: ایک سے 4 حروف تک۔",
  "session.household.initialsTooLong": "یہ پہلے حروف سے زیادہ ہے: زیادہ سے زیادہ 4 حروف لکھیں، نام کبھی نہیں۔",
  "session.household.add": "منصوبہ شامل کریں",
  "session.handOver": "حوالے کریں",
  "session.print.forRecordsText": "پورا منصوبہ، آپ کے ریکارڈ کے لیے۔",
  "session.print.whole": "پورا منصوبہ پرنٹ کریں",
  "session.print.warningTitle": "بچے کو لکھا ہوا منصوبہ اپنے پاس نہیں رکھنا چاہیے۔",
  "session.print.warningText":
    "اگر یہ کسی کو مل جائے تو بچہ خطرے میں پڑ سکتا ہے۔ پورا منصوبہ صرف اپنے ریکارڈ کے لیے پرنٹ کریں، اور اسے اپنے دفتر میں رکھیں۔ بچے کو صرف فون نمبروں کا کارڈ دیں۔",
  "session.print.forRecords": "میرے ریکارڈ کے لیے پرنٹ کریں",
};
