import type { storage as en } from "../../en/ui/storage";
import type { Translation } from "../../types";

/** Sentences about minutes, in each of Arabic's plural forms (digits stay Western). */
const locksAfter = (before: string, after: string) => ({
  zero: `${before} أقل من دقيقة ${after}`,
  one: `${before} دقيقة واحدة ${after}`,
  two: `${before} دقيقتين ${after}`,
  few: `${before} {count} دقائق ${after}`,
  many: `${before} {count} دقيقة ${after}`,
  other: `${before} {count} دقيقة ${after}`,
});

export const storage: Translation<typeof en> = {
  "storage.close": "إغلاق",
  "storage.cancel": "إلغاء",
  "storage.locking": "جارٍ القفل…",
  "storage.opening": "جارٍ الفتح…",
  "storage.nothingChanged": "لم يتغيّر شيء على هذه الشاشة.",
  "storage.nothingLost": "لم يضِع أي شيء.",
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
  "storage.keep.deleteEverything": "احذف كل شيء من هذا الجهاز",
  "storage.keep.enableUnavailable":
    "هذا المتصفح لا يسمح للمواقع بالحفظ على الجهاز (بعض النوافذ الخاصة تمنع ذلك). خطتك لا تزال هنا. يمكنك بدلًا من ذلك حفظ نسخة مقفلة كملف.",
  "storage.keep.enableFailed":
    "لم يسمح لنا هذا المتصفح بالحفظ. خطتك لا تزال هنا على الشاشة. يمكنك بدلًا من ذلك حفظ نسخة كملف.",
  "storage.keep.clashTitle": "توجد خطة محفوظة على هذا الجهاز من قبل، وهي مقفلة.",
  "storage.keep.clashText":
    "لم يُستبدل شيء، وما على هذه الشاشة لا يزال هنا. يمكنك فتح الخطة المحفوظة (ويبقى ما على الشاشة بجانبها)، أو استبدال الخطة المحفوظة بما على الشاشة.",
  "storage.keep.openSaved": "افتح الخطة المحفوظة",
  "storage.keep.replaceSaved": "استبدل الخطة المحفوظة (ستُحذف)",
  "storage.keep.replaced": "حُفظت وقُفلت على هذا الجهاز، بدلًا من الخطة السابقة.",
  "storage.keep.saveTitle": "احفظ على هذا الجهاز، مقفلة",
  "storage.keep.saveText": locksAfter(
    "ستُقفل خطتك بعبارة مرور وتُحفظ في هذا المتصفح. كل تغيير يُحفظ تلقائيًا. تُقفل من تلقاء نفسها بعد",
    "دون استخدام، وعندما تستخدم زر الخروج، وعندما تختار «اقفل الآن». يمكن لأي شخص يستخدم هذا الجهاز أن يرى أن شيئًا ما محفوظ، لكنه لا يستطيع قراءته.",
  ),
  "storage.keep.deleteText":
    "تُمسح الخطة التي على هذه الشاشة أيضًا. لا يمكن التراجع عن هذا. النسخ المحفوظة كملفات لا تتأثر.",
  "storage.keep.deleted": "حُذف كل ما كان محفوظًا على هذا الجهاز.",
  "storage.keep.openedReplace": "النسخة المحفوظة مفتوحة: {plans}. استخدم «خططك» في الأعلى للتنقّل بينها.",
  "storage.keep.openedBeside":
    "النسخة المحفوظة مفتوحة بجانب ما كان لديك: {plans}. استخدم «خططك» في الأعلى للتنقّل بينها.",

  "storage.where.savingText": locksAfter(
    "تُحفظ التغييرات أثناء الكتابة، لكل خططك. تُقفل من تلقاء نفسها بعد",
    "دون استخدام، وعندما تستخدم زر الخروج.",
  ),
  "storage.where.screenTitle": "محفوظ على هذه الشاشة فقط.",
  "storage.where.screenText":
    "التنقّل بين خططك يبقيه؛ أما إعادة تحميل هذه الصفحة أو إغلاق علامة التبويب أو استخدام زر الخروج فيمسحه.",
};
