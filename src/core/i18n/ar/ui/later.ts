import type { later as en } from "../../en/ui/later";
import type { Translation } from "../../types";

export const later: Translation<typeof en> = {
  "workspace.stale.title": "حُفظت نسخة أحدث من هذه الخطة على هذا الجهاز.",
  "workspace.stale.text": "آخر تغييراتك في هذا التبويب ما زالت على الشاشة، لكنها لم تُحفظ، حتى لا تحلّ محلّ الخطة الأحدث.",
  "workspace.stale.keepMine": "احتفظ بتغييراتي كنسخة، بجانب الخطة الأحدث",
  "workspace.stale.showNewer": "اعرض الخطة الأحدث (وتُحذف تغييراتي هنا)",

  "workspace.leave.title": "هل تريد المغادرة ومسح ما كتبته؟",
  "workspace.leave.savedAsFile": "نسختك المقفلة محفوظة في ملف. المغادرة ستمسح هذه الشاشة، لكن الملف يحتفظ بكل شيء.",
  "workspace.leave.wouldLose":
    "الذهاب إلى {where} يمسح هذه الشاشة. هذه الإجابات غير محفوظة في أي مكان بعد، وستضيع: {answers}.",
  "workspace.leave.linkName": "«{label}»",
  "workspace.leave.thatPage": "تلك الصفحة",
  "workspace.leave.stay": "ابقَ هنا",
  "workspace.leave.saveFirst": "احفظ نسخة أولًا",
  "workspace.leave.leave": "غادر وامسح",

  "workspace.numbers.title": "أرقام هواتف للمساعدة",
  "workspace.numbers.intro":
    "تبقى خطتك كما هي خلف هذه اللوحة. إذا كنت في خطر الآن، اتصل بالرقم 999. من الهاتف المحمول، إذا لم تستطع الكلام، اضغط 55 عندما يُطلب منك.",
  "workspace.numbers.back": "العودة إلى خطتي",
  "workspace.numbers.forChildren": "للأطفال والشباب",
  "workspace.numbers.backToPractice": "العودة إلى التدريب",
  "workspace.numbers.practising":
    "هذا تدريب فقط، ولا يمكن الاتصال بأحد من هنا. لهذا لا تظهر الأرقام على هذه الشاشة. عند وجود خطر حقيقي، يمكن الاتصال بالرقم 999 من أي هاتف. الأرقام موجودة في الخطة.",

  "workspace.notice.updated": "تغيّرت هذه الخطة في تبويب آخر. أنت ترى الآن النسخة الأحدث.",
  "workspace.notice.lockedElsewhere": "قُفلت في تبويب آخر.",
  "workspace.notice.deletedElsewhere": "حُذف كل ما كان محفوظًا على هذا الجهاز في تبويب آخر.",
  "workspace.notice.replacedElsewhere":
    "تغيّرت الخطة المحفوظة على هذا الجهاز، ولم تعد تُفتح بعبارة المرور المستخدمة في هذا التبويب. ما تراه على هذه الشاشة غير محفوظ هناك: احفظ نسخة في ملف لتحتفظ به.",
  "workspace.notice.gone":
    "الخطة التي كانت محفوظة على هذا الجهاز لم تعد موجودة. ما تراه على هذه الشاشة غير محفوظ في أي مكان بعد: يمكنك حفظه على هذا الجهاز مرة أخرى، أو حفظ نسخة في ملف.",
  "workspace.notice.keptCopies": "الخطة الأحدث مفتوحة، وتغييراتك من هذا التبويب محفوظة بجانبها كنسخ.",
  "workspace.notice.notLockedSaveFailed": "تعذّر حفظ آخر تغييراتك على هذا الجهاز، لذلك نحتفظ بها إلى أن تفتحه مرة أخرى.",
};
