import type { child as en } from "../../en/ui/child";
import type { Translation } from "../../types";

/** Very short sentences and common words for the child; the lines for the grown-up say so. */
export const child: Translation<typeof en> = {
  "child.practice.open": "تدرّب على خطتي",
  "child.practice.loadingTitle": "التدريب",
  "child.practice.loading": "نجهّز التدريب…",
  "child.practice.loadFailed": "تعذّر تحميل التدريب. تحقّق من اتصالك بالإنترنت، وأعد تحميل الصفحة.",
  "child.readAloud.button": "اقرأ بصوت عالٍ",
  "child.readAloud.stop": "أوقف القراءة",
  "child.readAloud.missing": "للشخص الكبير: القراءة بصوت عالٍ لا تعمل باللغة العربية على هذا الجهاز بعد.",
  "child.readAloud.howToFix":
    "لتشغيلها، يمكن إضافة صوت عربي من إعدادات الجهاز، بالبحث عن «الكلام» أو «تحويل النص إلى كلام». على معظم الأجهزة يظهر زر «اقرأ بصوت عالٍ» هنا بعد ذلك من تلقاء نفسه. وإن لم يظهر، فيُرجى حفظ الإجابات أولًا بزر «احفظ نسخة»، ثم إعادة تحميل هذه الصفحة.",
  "child.readAloud.yes": "نعم",
  "child.readAloud.no": "لا",
  "child.readAloud.listComma": "، ",
  "child.readAloud.listAnd": "{first} و{last}",
  "child.readAloud.listAndVowel": "{first} و{last}",
  "child.readAloud.months": [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "سبتمبر",
    "أكتوبر",
    "نوفمبر",
    "ديسمبر",
  ],
};
