import type { storage as en } from "../../en/ui/storage";
import type { Translation } from "../../types";

export const storage: Translation<typeof en> = {
  "storage.close": "إغلاق",
  "storage.cancel": "إلغاء",
  "storage.locking": "جارٍ القفل…",
  "storage.opening": "جارٍ الفتح…",
  "storage.nothingChanged": "لم يتغيّر شيء على هذه الشاشة.",
  "storage.browserFailed": "لم يتمكّن هذا المتصفح من إتمام ذلك، لذلك لم يتغيّر شيء. حاول مرة أخرى من فضلك.",
  "storage.loadFailed": "تعذّر تحميل هذا الجزء. تحقّق من اتصالك وحاول مرة أخرى: لم يضِع شيء مما كتبته.",
  "storage.savedLocked": "محفوظ ومقفل على هذا الجهاز.",
  "storage.saveAndLock": "احفظ واقفل",
  "storage.deleteQuestion": "هل تريد حذف كل ما هو محفوظ على هذا الجهاز؟",
  "storage.yesDelete": "نعم، احذف كل شيء",
  "storage.noKeep": "لا، أبقِه",

  "storage.keep.title": "احتفظ بخطتك",
  "storage.keep.unavailable":
    "هذا المتصفح لا يسمح للمواقع بالحفظ على الجهاز (بعض النوافذ الخاصة تمنع ذلك). لا يزال بإمكانك كتابة خطتك هنا، أو طباعتها، أو حفظ نسخة مقفلة كملف.",
  "storage.keep.lockedHere": "توجد خطة مقفلة محفوظة على هذا الجهاز من قبل.",
  "storage.keep.openIt": "افتحها",
  "storage.keep.saveOnDevice": "احفظ على هذا الجهاز",
  "storage.keep.lockNow": "اقفل الآن",
  "storage.keep.saveCopy": "احفظ نسخة",
  "storage.keep.openCopy": "افتح نسخة محفوظة",
  "storage.keep.toPhone": "النقل إلى هاتف",
  "storage.keep.deleteEverything": "احذف كل شيء من هذا الجهاز",
  "storage.where.screenTitle": "محفوظ على هذه الشاشة فقط.",
  "storage.where.screenText":
    "التنقّل بين خططك يبقيه؛ أما زر الرجوع في المتصفح أو إعادة تحميل هذه الصفحة أو إغلاق علامة التبويب أو استخدام زر الخروج فيمسحه.",
};
