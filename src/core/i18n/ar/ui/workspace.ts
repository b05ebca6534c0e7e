import type { workspace as en } from "../../en/ui/workspace";
import type { Translation } from "../../types";

export const workspace: Translation<typeof en> = {
  "workspace.tabTitle.plan": "خطتي",
  "workspace.tabTitle.list": "قائمة",
  "workspace.tabTitle.practice": "تدريب",

  "workspace.kind.adult": "خطة الأمان الخاصة بي",
  "workspace.kind.checklist": "أشياء تأخذها معك",
  "workspace.kind.youngPerson": "خطة الشاب",
  "workspace.kind.child": "خطة الطفل",
  "workspace.planWithLabel": "{name} ({label})",

  "workspace.related.makeList": "اكتب قائمة بالأشياء التي تأخذها معك",
  "workspace.related.checkList": "راجع قائمة الأشياء التي تأخذها معك",
  "workspace.related.seeList": "اطّلع على قائمة الأشياء التي تأخذها معك",
  "workspace.related.childPlan": "اصنع خطة بسيطة مع طفل",

  "workspace.holds.adult": {
    one: "خطة لشخص بالغ",
    two: "خطتان لشخصين بالغين",
    few: "{count} خطط لأشخاص بالغين",
    many: "{count} خطة لأشخاص بالغين",
    other: "{count} خطة لأشخاص بالغين",
  },
  "workspace.holds.checklist": {
    one: "أشياء تأخذها معك",
    two: "قائمتان بالأشياء التي تأخذها معك",
    few: "{count} قوائم بالأشياء التي تأخذها معك",
    many: "{count} قائمة بالأشياء التي تأخذها معك",
    other: "{count} قائمة بالأشياء التي تأخذها معك",
  },
  "workspace.holds.youngPerson": {
    one: "خطة لشاب",
    two: "خطتان لشابين",
    few: "{count} خطط لشباب",
    many: "{count} خطة لشباب",
    other: "{count} خطة لشباب",
  },
  "workspace.holds.child": {
    one: "خطة لطفل",
    two: "خطتان لطفلين",
    few: "{count} خطط لأطفال",
    many: "{count} خطة لأطفال",
    other: "{count} خطة لأطفال",
  },
  "workspace.holds.none": "لا توجد خطط",

  "workspace.answers": {
    zero: "لا إجابات",
    one: "إجابة واحدة",
    two: "إجابتان",
    few: "{count} إجابات",
    many: "{count} إجابة",
    other: "{count} إجابة",
  },
  "workspace.decided": {
    zero: "لم يُحسم شيء",
    one: "شيء واحد محسوم",
    two: "شيئان محسومان",
    few: "{count} أشياء محسومة",
    many: "{count} شيئًا محسومًا",
    other: "{count} شيء محسوم",
  },
  "workspace.planWithAnswers": "{name} ({answers})",
  "workspace.reviewOnly": "موعد مراجعة",

  "workspace.nav.label": "خططك",

  "workspace.tooManyPlans":
    "معًا سيكون ذلك أكثر من {max} خطة، وهذا أكثر مما يستطيع هذا الموقع أن يحتفظ به في وقت واحد. لم يتغيّر شيء.",
  "workspace.saveFailed.title": "تعذّر حفظ آخر تغييراتك على هذا الجهاز.",
  "workspace.saveFailed.text": "ما زالت على الشاشة. سنحاول مرة أخرى وأنت تكتب، ويمكنك أيضًا حفظ نسخة في ملف.",
};
