import type { child as en } from "../../en/ui/child";
import type { Translation } from "../../types";

/** The child's practice and Read aloud, in Urdu for ages 7–9: "آپ", very short sentences, everyday words; the lines for the grown-up say so. Drafted, not yet reviewed by a fluent speaker. */
export const child: Translation<typeof en> = {
  "child.practice.open": "اپنے منصوبے کی مشق کریں",
  "child.practice.loadingTitle": "مشق",
  "child.practice.loading": "مشق تیار ہو رہی ہے…",
  "child.practice.loadFailed": "مشق نہیں کھل سکی۔ انٹرنیٹ دیکھیں اور صفحہ دوبارہ کھولیں۔",
  "child.practice.practiseWhatToDo": "مشق کریں کہ کیا کرنا ہے",
  "child.practice.practiseCall": "999 پر جھوٹ موٹ کے فون کی مشق کریں",
  "child.practice.pickOne": "ایک چنیں۔",
  "child.practice.backToPlan": "اپنے منصوبے پر واپس",
  "child.practice.safe": "محفوظ جواب",
  "child.practice.notSafe": "محفوظ نہیں",
  "child.practice.tryAgain": "کوئی اور جواب چن لیں، یا آگے چلیں۔",
  "child.practice.pretend": "یہ صرف کھیل ہے۔ کوئی فون نہیں ہو رہا۔",
  "child.practice.operatorSays": "فون والا شخص کہتا ہے:",
  /** What the person on the phone says, in the language's quotation marks. */
  "child.practice.quote": "«{words}»",
  "child.practice.youSay": "آپ کہیں:",
  /** Under the pretend call's box once the child has had a go: their plan's own answer, to check. */
  "child.practice.planSays": "آپ کا منصوبہ کہتا ہے: {answer}",
  "child.practice.sayOrType": "اسے زور سے بولیں، یا یہاں لکھیں۔",
  "child.practice.cannotTalk": "اگر بول نہ سکیں",
  "child.practice.wellDone": "شاباش، آپ نے مشق کی",
  "child.practice.practiseAgain": "پھر سے شروع کریں",
  "child.practice.stop": "رکیں",
  "child.practice.next": "آگے",
  "child.practice.finish": "سب ہو گیا",
  "child.practice.countScenario": "مشق {n}، کل {total} میں سے",
  "child.practice.countPart": "حصہ {n}، کل {total} میں سے",
  "child.readAloud.button": "بلند آواز سے پڑھیں",
  "child.readAloud.stop": "پڑھنا روکیں",
  /** For the adult, on a device with no voice of its own in this language (voices that send words away are never used). */
  "child.readAloud.missing": "بڑوں کے لیے: اس ڈیوائس پر ابھی اردو میں بلند آواز سے پڑھنا کام نہیں کرتا۔",
  "child.readAloud.howToFix":
    "اسے چلانے کے لیے ڈیوائس کی سیٹنگز میں اردو آواز شامل کریں۔ وہاں «اسپیچ» یا «ٹیکسٹ ٹو اسپیچ» تلاش کریں۔ پھر «بلند آواز سے پڑھیں» کا بٹن شاید خود ہی یہاں آ جائے۔ اگر نہ آئے تو پہلے «کاپی محفوظ کریں» سے جواب رکھ لیں۔ پھر یہ صفحہ دوبارہ کھولیں۔",
  /** How Read aloud says a yes-or-no answer: "Do you have a mobile: yes." */
  "child.readAloud.yes": "ہاں",
  "child.readAloud.no": "نہیں",
  /** Between names in a list, and before the last: "امی، نانی اور علی صاحب". */
  "child.readAloud.listComma": "، ",
  "child.readAloud.listAnd": "{first} اور {last}",
  /** The same, when the last name starts with a vowel (Welsh: "Mam ac Ali"); Urdu has one form. */
  "child.readAloud.listAndVowel": "{first} اور {last}",
  /** Said as "3 فروری 2027": the day, the month's name, the year. */
  "child.readAloud.months": [
    "جنوری",
    "فروری",
    "مارچ",
    "اپریل",
    "مئی",
    "جون",
    "جولائی",
    "اگست",
    "ستمبر",
    "اکتوبر",
    "نومبر",
    "دسمبر",
  ],
};
