import type { forms as en } from "../../en/ui/forms";
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

export const forms: Translation<typeof en> = {
  "storage.error.wrongPassphrase":
    "لم تفتحه عبارة المرور هذه. تحقّق من أخطاء الكتابة والمسافات، ومن لغة لوحة المفاتيح (العربية أو الإنجليزية)، ثم حاول مرة أخرى. إذا بقي لا يُفتح، فقد يكون ما حُفظ تالفًا.",
  "storage.error.notPlanFile": "هذه ليست نسخة محفوظة من هذا الموقع، لذلك لا يمكن فتحها هنا.",
  "storage.error.newerVersion":
    "حُفظ هذا بإصدار أحدث من هذا الموقع، لذلك لا يستطيع هذا الإصدار فتحه. اطلب من الجهة التي تدير الموقع أن تحدّثه.",
  "storage.error.tooLarge": "هذا الملف أكبر من أن يكون نسخة محفوظة من هذا الموقع.",
  "storage.error.damaged": "هذا الملف تالف، لذلك لا يمكن فتحه.",
  "storage.error.notBundle": "فُتح الملف، لكن ما بداخله ليس خطة من هذا الموقع، لذلك لم يُحمَّل شيء.",
  "storage.error.invalid": "فُتح الملف، لكن بعض ما بداخله لا يبدو سليمًا، لذلك لم يُحمَّل شيء من باب الحيطة.",
  "storage.error.missing": "لم تعد هناك خطة محفوظة على هذا الجهاز، لذلك لا يوجد ما يمكن فتحه هنا.",
  "storage.error.storageFailed":
    "لم يسمح لنا هذا المتصفح بقراءة ما هو محفوظ. حاول مرة أخرى، أو أغلق علامات التبويب الأخرى لهذا الموقع أولًا.",

  "storage.pass.choose": "اختر عبارة مرور",
  "storage.pass.label": "عبارة المرور",
  "storage.pass.hint":
    "بضع كلمات لا علاقة بينها سهلة التذكّر وصعبة التخمين. لا أحد يستطيع إعادة تعيينها لك، لذلك احفظها في مكان آمن، أو في ذاكرتك. إذا عرض المتصفح حفظها، فاختر «أبدًا».",
  "storage.pass.suggest": "اقترح عبارة لي",
  "storage.pass.suggestQuoted": "«اقترح عبارة لي»",
  "storage.pass.suggestLatin": "اقترح عبارة بالحروف الإنجليزية",
  "storage.pass.suggested": "عبارة المرور الخاصة بك هي: {words}. قُلها بصوت عالٍ، أو اكتبها واحفظها في مكان آمن.",
  "storage.pass.larger": "اعرضها بحجم أكبر",
  "storage.pass.suggestedNote":
    "كلماتها عربية، فتلزم لوحة مفاتيح عربية لكتابتها، حرفًا بحرف كما تظهر هنا. إذا لم تكن لوحة مفاتيح عربية متاحة في كل مرة، فالأنسب اختيار «اقترح عبارة بالحروف الإنجليزية».",
  "storage.pass.suggestedNoteLatin":
    "كلماتها إنجليزية، بالحروف من a إلى z فقط، لذلك تُكتب بالطريقة نفسها على أي هاتف أو لوحة مفاتيح.",
  "storage.pass.again": "اكتب عبارة المرور مرة أخرى",
  "storage.pass.show": "أظهر عبارة المرور",
  "storage.pass.typeFirst": "اكتب عبارة مرور أولًا.",
  "storage.pass.notSame": "عبارتا المرور غير متطابقتين. اكتبها مرة أخرى في المربعين.",
  "storage.pass.mustDiffer": "استخدم عبارة مرور مختلفة عن عبارة النسخة الأولى، ليكون لكل شخص عبارته الخاصة.",
  "storage.pass.tooEasy": "سيكون من السهل جدًا على شخص آخر أن يخمّن عبارة المرور هذه.",
  "storage.pass.orUse": "أو استخدم {button}.",

  "storage.strength.tooEasy": "سهلة التخمين جدًا",
  "storage.strength.weak": "ضعيفة",
  "storage.strength.fair": "مقبولة",
  "storage.strength.good": "جيدة",
  "storage.strength.strong": "قوية",
  "storage.advice.empty": "اكتب عبارة مرور، أو استخدم {button}.",
  "storage.advice.common": "هذه كلمة مرور شائعة جدًا، لذلك ستُخمَّن بسرعة.",
  "storage.advice.personal": "الأسماء والتواريخ، مثل تاريخ الميلاد أو السنة، سهلة التخمين على من يعرفك.",
  "storage.advice.pattern": "التكرار والتسلسلات مثل «abcd» أو «1234» والسنوات سهلة التخمين.",
  "storage.advice.shortButStrong": "هذا مزيج جيد – تحتاج فقط ألا يقل طولها عن {min} أحرف.",
  "storage.advice.short":
    "حاول أن تجعلها أطول قليلًا – {min} أحرف على الأقل. أربع كلمات أو أكثر لا علاقة بينها تفي بالغرض، أو استخدم {button}.",
  "storage.advice.commonWords": "هذه كلمات شائعة، لذلك يسهل تخمينها حتى مجتمعةً.",
  "storage.advice.tryRarer": "جرّب كلمات أقل شيوعًا لا علاقة بينها، أو استخدم {button}.",
  "storage.advice.weak": "جرّب أربع كلمات أو أكثر لا علاقة بينها، أو استخدم {button}.",
  "storage.advice.fair": "اقتربت. كلمة أو كلمتان أخريان لا علاقة لهما بالباقي ستجعلان تخمينها أصعب بكثير.",
  "storage.advice.good": "هذه عبارة مرور جيدة. تأكّد فقط أنك ستتذكّرها.",
  "storage.advice.strong": "رائع – سيكون تخمين هذه صعبًا جدًا. تأكّد فقط أنك ستتذكّرها.",

  "storage.export.tooMuch":
    "هذا كثير على ملف واحد. احفظ بعض الخطط وحدها، أو اختصر بعض الإجابات. لم يتغيّر شيء على هذه الشاشة.",
  "storage.export.failed": "تعذّر صنع النسخة في هذا المتصفح. لم يتغيّر شيء على هذه الشاشة.",
  "storage.export.title": "احفظ نسخة مقفلة كملف",
  "storage.export.titlePro": "الملف المقفل الخاص بالشخص",
  "storage.export.intro":
    "يُقفل الملف بعبارة المرور التي تختارها هنا، ويمكن أن تختلف عن أي عبارة أخرى. يمكنك حفظه على ذاكرة فلاش، أو إرساله إلى بريدك الإلكتروني، أو إعطاؤه لمرشد الدعم ليحتفظ به لك.",
  "storage.export.introPro":
    "اطلب من الشخص أن يختار عبارة المرور، وقلها له بصوت عالٍ. لا تكتبها أبدًا في المكان نفسه الذي فيه الملف.",
  "storage.export.download": "نزّل النسخة المقفلة",
  "storage.export.downloadPro": "نزّل نسخة الشخص",
  "storage.export.doneTitle": "يجري تنزيل نسختك المقفلة",
  "storage.export.doneText":
    "ابحث عنها في مجلد التنزيلات. لا تُفتح إلا بعبارة المرور التي اخترتها. إذا لم يكن مجلد التنزيلات آمنًا، فانقل الملف أو احذفه بعد أن تحفظه في مكان آخر.",
  "storage.export.second": "اصنع نسخة ثانية لمرشد الدعم",
  "storage.export.secondPro": "اصنع نسخة ثانية لسجلاتي",
  "storage.export.secondIntro":
    "لنسخة مرشد الدعم عبارة مرور خاصة بها، ليتمكّن من فتح نسخته دون أن يعرف عبارتك. قل له عبارة المرور بصوت عالٍ، ولا تضعها أبدًا في الرسالة نفسها مع الملف.",
  "storage.export.secondIntroPro":
    "لنسختك عبارة مرور خاصة بها، مختلفة عن عبارة الشخص، فلا تفتح أيّ منهما الملفين معًا. احفظها في سجلات مؤسستك.",
  "storage.export.downloadSecond": "نزّل نسخة مرشد الدعم",
  "storage.export.downloadSecondPro": "نزّل نسختي",
  "storage.export.secondDone": "يجري تنزيل النسخة الثانية أيضًا.",

  "storage.import.unreadable": "تعذّرت قراءة ذلك الملف.",
  "storage.import.chooseFile": "اختر الملف",
  "storage.import.dragHint": "أو اسحب الملف إلى هنا.",
  "storage.import.openThis": "افتح هذه النسخة",
  "storage.import.holds": "النسخة مفتوحة. فيها {plans}.",
  "storage.import.alreadyHave": "لديك إجابات على هذه الشاشة من قبل. ماذا تريد أن تفعل؟",
  "storage.import.alreadyHaveHeld": "لديك إجابات على هذه الشاشة من قبل: {held}. ماذا تريد أن تفعل؟",
  "storage.import.replacesSaved": "الاستبدال يستبدل أيضًا الخطة المحفوظة على هذا الجهاز.",
  "storage.import.replace": "استبدل كل ما هنا",
  "storage.import.keepBoth": "أبقِ الاثنين",

  "storage.unlock.title": "مقفل",
  "storage.unlock.intro": "أدخل عبارة المرور لتفتح ما حفظته على هذا الجهاز.",
  "storage.unlock.open": "افتح",
  "storage.unlock.forgot": "هل نسيت عبارة المرور؟",
  "storage.unlock.forgotText":
    "لا يستطيع أحد فتحه دون عبارة المرور، ولا حتى الأشخاص الذين يديرون هذا الموقع. هذا ما يبقيه خاصًا. إذا لم تستطع تذكّرها، يمكنك حذف ما هو محفوظ والبدء من جديد.",
  "storage.unlock.cannotUndo": "لا يمكن التراجع عن هذا.",
  "storage.unlock.deleteAndStart": "احذف كل شيء وابدأ من جديد",
  "storage.unlock.continueWithout": "تابع دون فتحه",
  "storage.unlock.continueNote": "(ما حفظته يبقى مقفلًا، ولن يُحفظ شيء جديد)",
  "storage.save.unavailable":
    "هذا المتصفح لا يسمح للمواقع بالحفظ على الجهاز (بعض النوافذ الخاصة تمنع ذلك). خطتك لا تزال هنا. يمكنك بدلًا من ذلك حفظ نسخة مقفلة كملف.",
  "storage.save.failed":
    "لم يسمح لنا هذا المتصفح بالحفظ. خطتك لا تزال هنا على الشاشة. يمكنك بدلًا من ذلك حفظ نسخة كملف.",
  "storage.save.clashTitle": "توجد خطة محفوظة على هذا الجهاز من قبل، وهي مقفلة.",
  "storage.save.clashText":
    "لم يُستبدل شيء، وما على هذه الشاشة لا يزال هنا. يمكنك فتح الخطة المحفوظة (ويبقى ما على الشاشة بجانبها)، أو استبدال الخطة المحفوظة بما على الشاشة.",
  "storage.save.openSaved": "افتح الخطة المحفوظة",
  "storage.save.replaceSaved": "استبدل الخطة المحفوظة (ستُحذف)",
  "storage.save.replaced": "حُفظت وقُفلت على هذا الجهاز، بدلًا من الخطة السابقة.",
  "storage.save.title": "احفظ على هذا الجهاز، مقفلة",
  "storage.save.text": locksAfter(
    "ستُقفل خطتك بعبارة مرور وتُحفظ في هذا المتصفح. كل تغيير يُحفظ تلقائيًا. تُقفل من تلقاء نفسها بعد",
    "دون استخدام، وعندما تستخدم زر الخروج، وعندما تختار «اقفل الآن». يمكن لأي شخص يستخدم هذا الجهاز أن يرى أن شيئًا ما محفوظ، لكنه لا يستطيع قراءته.",
  ),
  "storage.delete.text": "تُمسح الخطة التي على هذه الشاشة أيضًا. لا يمكن التراجع عن هذا. النسخ المحفوظة كملفات لا تتأثر.",
  "storage.delete.done": "حُذف كل ما كان محفوظًا على هذا الجهاز.",
  "storage.delete.traces":
    "قد يحتفظ المتصفح بنسخ مقفلة أقدم في ملفاته الخاصة لبعض الوقت بعد الحذف. ولا تُفتح هذه النسخ إلا بعبارة المرور الخاصة بك. بعد ذلك يطلب هذا الموقع من المتصفح مسحها. وللتأكد، يمكن أيضًا مسح بيانات هذا الموقع من إعدادات المتصفح.",
  "storage.import.openedReplace": "النسخة المحفوظة مفتوحة: {plans}. استخدم «خططك» في الأعلى للتنقّل بينها.",
  "storage.import.openedBeside":
    "النسخة المحفوظة مفتوحة بجانب ما كان لديك: {plans}. استخدم «خططك» في الأعلى للتنقّل بينها.",

  "storage.save.savingText": locksAfter(
    "تُحفظ التغييرات أثناء الكتابة، لكل خططك. تُقفل من تلقاء نفسها بعد",
    "دون استخدام، وعندما تستخدم زر الخروج.",
  ),
};
