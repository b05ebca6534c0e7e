import type { session as en } from "../../en/ui/session";
import type { Translation } from "../../types";

export const session: Translation<typeof en> = {
  "session.pageTitle": "جلسة",

  "session.kind.adult": "خطة الشخص البالغ",
  "session.kind.checklist": "أشياء تأخذها معك",
  "session.kind.child": "خطة الطفل",
  "session.kind.youngPerson": "خطة الشخص اليافع",
  "session.kind.withInitials": "{kind} ({initials})",

  "session.held.adult": {
    one: "خطة بالغ واحدة",
    two: "خطتان لبالغين",
    few: "{count} خطط لبالغين",
    other: "{count} خطة لبالغين",
  },
  "session.held.checklist": {
    one: "قائمة تحقق واحدة",
    two: "قائمتا تحقق",
    few: "{count} قوائم تحقق",
    other: "{count} قائمة تحقق",
  },
  "session.held.child": {
    one: "خطة طفل واحدة",
    two: "خطتان لطفلين",
    few: "{count} خطط لأطفال",
    other: "{count} خطة لأطفال",
  },
  "session.held.youngPerson": {
    one: "خطة يافع واحدة",
    two: "خطتان ليافعَين",
    few: "{count} خطط ليافعين",
    other: "{count} خطة ليافعين",
  },
  "session.held.separator": "، ",
  "session.held.nothing": "لا شيء بعد",

  "session.banner.title": "جلسة",
  "session.banner.running": "الجلسة جارية",
  "session.banner.minutes": {
    zero: "{running} منذ أقل من دقيقة.",
    one: "{running} منذ دقيقة واحدة.",
    two: "{running} منذ دقيقتين.",
    few: "{running} منذ {count} دقائق.",
    other: "{running} منذ {count} دقيقة.",
  },
  "session.banner.holding": "في الذاكرة: {held}.",
  "session.banner.showAsk": "أظهر الأسئلة المقترحة",
  "session.banner.hideAsk": "أخفِ الأسئلة المقترحة",
  "session.banner.end": "أنهِ الجلسة وامسح هذا الجهاز",
  "session.end.title": "هل تريد إنهاء الجلسة ومسح هذا الجهاز؟",
  "session.end.text":
    "يُمحى كل ما احتفظت به الجلسة من هذا المتصفح، في كل علامات التبويب: الخطط التي في الذاكرة وأي شيء محفوظ هنا. تأكّد أولًا أنك سلّمت ما يحتاجه الشخص.",
  "session.end.keepSaved": "أبقِ الخطة محفوظة ومقفلة على هذا الجهاز للشخص (فقط إذا كان جهازه الخاص)",
  "session.end.yes": "نعم، أنهِ وامسح",
  "session.end.no": "لا، تابع",
  "session.otherTab":
    "في علامة تبويب أخرى في هذا المتصفح جلسة فيها خطط. إنهاء الجلسة هنا يُنهي تلك الجلسة أيضًا ويمسحها.",

  "session.idle.title": "هل ما زلت هنا؟",
  "session.idle.nothingFor": {
    one: "لم يحدث شيء منذ دقيقة واحدة.",
    two: "لم يحدث شيء منذ دقيقتين.",
    few: "لم يحدث شيء منذ {count} دقائق.",
    other: "لم يحدث شيء منذ {count} دقيقة.",
  },
  "session.idle.willEnd": {
    one: "ستنتهي الجلسة ويُمسح هذا الجهاز خلال دقيقة واحدة، إلا إذا تابعت.",
    two: "ستنتهي الجلسة ويُمسح هذا الجهاز خلال دقيقتين، إلا إذا تابعت.",
    few: "ستنتهي الجلسة ويُمسح هذا الجهاز خلال {count} دقائق، إلا إذا تابعت.",
    other: "ستنتهي الجلسة ويُمسح هذا الجهاز خلال {count} دقيقة، إلا إذا تابعت.",
  },
  "session.idle.keepGoing": "تابع",
  "session.idle.saveFirst": "احفظ نسخة أولًا",

  "session.review.title": "راجع خطة محفوظة",
  "session.review.text": "افتح ملف الأسرة الذي حُفظ من قبل، لتراجعاه معًا. أسئلته تأتي معه.",
  "session.review.open": "افتح ملف الأسرة",
  "session.record.open": "لسجلّاتي",
  "session.review.opened": "ملف الأسرة مفتوح: {plans}. افتح كل خطة أدناه.",
  "session.openingPlan": "جارٍ فتح الخطة…",
  "session.backToHousehold": "عُد إلى الأسرة",
  "session.whereKeptTitle": "محفوظ في ذاكرة هذه الجلسة فقط.",
  "session.whereKeptText":
    "لا يُحفظ شيء ولا يُرسل إلا إذا سلّمته. إنهاء الجلسة يمسحه، وكذلك إعادة تحميل الصفحة أو إغلاق علامة التبويب: وقبل تسليمه، يسألك المتصفح أولًا.",

  "session.household.title": "هذه الأسرة",
  "session.household.intro": "اعمل على كل خطة مع الشخص الذي تخصّه. قابل كل طفل على انفراد.",
  "session.household.notStarted": "لم تبدأ بعد",
  "session.household.answered": {
    zero: "لا إجابات",
    one: "إجابة واحدة",
    two: "إجابتان",
    few: "{count} إجابات",
    other: "{count} إجابة",
  },
  "session.household.open": "افتح",
  "session.household.remove": "أزِل",
  "session.household.yesRemove": "نعم، أزِل",
  "session.household.keepIt": "أبقِها",
  "session.household.addLegend": "أضف خطة لطفل أو لشخص يافع",
  "session.household.childKind": "خطة الطفل (خطوات بسيطة)",
  "session.household.initials": "الأحرف الأولى من اسمه",
  "session.household.initialsHint": "الأحرف الأولى فقط، وليس الاسم الكامل أبدًا: حتى 4 أحرف.",
  "session.household.initialsMissing": "اكتب الأحرف الأولى من اسمه: من حرف واحد إلى 4 أحرف.",
  "session.household.initialsTooLong": "هذا أكثر من الأحرف الأولى: اكتب 4 أحرف على الأكثر، ولا تكتب اسمه أبدًا.",
  "session.household.add": "أضف الخطة",
  "session.handOver": "تسليم الخطط",
  "session.print.forRecordsText": "الخطة كاملة، لسجلاتك.",
  "session.print.whole": "اطبع الخطة كاملة",
  "session.print.warningTitle": "لا ينبغي أن يحتفظ الطفل بخطة مكتوبة.",
  "session.print.warningText":
    "إذا عثر عليها أحد، فقد يتعرّض الطفل للخطر. اطبع الخطة كاملة لسجلاتك فقط، واحتفظ بها في مكتبك. لا تعطِ الطفل إلا بطاقة أرقام الهواتف.",
  "session.print.forRecords": "اطبع لسجلاتي",
};
