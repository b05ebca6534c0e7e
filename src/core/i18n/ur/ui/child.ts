import type { child as en } from "../../en/ui/child";
import type { Translation } from "../../types";

/** The child's practice and Read aloud, in Urdu for ages 7–9: "آپ", very short sentences, everyday words; the lines for the grown-up say so. Drafted, not yet reviewed by a fluent speaker. */
export const child: Translation<typeof en> = {
  "child.practice.open": "اپنے منصوبے کی مشق کریں",
  "child.practice.loadingTitle": "مشق",
  "child.practice.loading": "مشق تیار ہو رہی ہے…",
  "child.practice.loadFailed": "مشق نہیں کھل سکی۔ انٹرنیٹ دیکھیں اور صفحہ دوبارہ کھولیں۔",
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
