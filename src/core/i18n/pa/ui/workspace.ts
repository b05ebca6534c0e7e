import type { workspace as en } from "../../en/ui/workspace";
import type { Translation } from "../../types";

/** Words of the workspace part of the interface, in Panjabi (Gurmukhi), drafted from the English, not yet reviewed by a fluent speaker. The person is "ਤੁਸੀਂ"; polite imperatives (ਕਰੋ, ਜਾਓ) say nothing of their gender, and gendered future or perfect forms (ਜਾਓਗੇ/ਜਾਓਗੀ) are avoided. */
export const workspace: Translation<typeof en> = {
  // Tab titles: neutral, they never say what the plan is about.
  "workspace.tabTitle.plan": "ਮੇਰੀ ਯੋਜਨਾ",
  "workspace.tabTitle.list": "ਸੂਚੀ",
  "workspace.tabTitle.practice": "ਅਭਿਆਸ",

  // How each plan is named in the workspace's list of plans.
  "workspace.kind.adult": "ਮੇਰੀ ਸੁਰੱਖਿਆ ਯੋਜਨਾ",
  "workspace.kind.checklist": "ਨਾਲ ਲੈ ਜਾਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ",
  "workspace.kind.youngPerson": "ਨੌਜਵਾਨ ਦੀ ਯੋਜਨਾ",
  "workspace.kind.child": "ਬੱਚੇ ਦੀ ਯੋਜਨਾ",
  /** A plan with its label: "Child's plan (AB)". */
  "workspace.planWithLabel": "{name} ({label})",

  // Links from a section to another plan.
  "workspace.related.makeList": "ਨਾਲ ਲੈ ਜਾਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਦੀ ਸੂਚੀ ਬਣਾਓ",
  "workspace.related.checkList": "ਨਾਲ ਲੈ ਜਾਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਦੀ ਸੂਚੀ ਦੇਖੋ",
  "workspace.related.seeList": "ਨਾਲ ਲੈ ਜਾਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਦੀ ਸੂਚੀ ਖੋਲ੍ਹੋ",
  "workspace.related.childPlan": "ਬੱਚੇ ਨਾਲ ਮਿਲ ਕੇ ਸੌਖੀ ਯੋਜਨਾ ਬਣਾਓ",

  // What a file holds: "an adult's plan, things to take and 2 children's plans".
  "workspace.holds.adult": { one: "ਇੱਕ ਬਾਲਗ ਦੀ ਯੋਜਨਾ", other: "{count} ਬਾਲਗਾਂ ਦੀਆਂ ਯੋਜਨਾਵਾਂ" },
  "workspace.holds.checklist": { one: "ਨਾਲ ਲੈ ਜਾਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ", other: "ਨਾਲ ਲੈ ਜਾਣ ਵਾਲੀਆਂ ਚੀਜ਼ਾਂ ਦੀਆਂ {count} ਸੂਚੀਆਂ" },
  "workspace.holds.youngPerson": { one: "ਇੱਕ ਨੌਜਵਾਨ ਦੀ ਯੋਜਨਾ", other: "{count} ਨੌਜਵਾਨਾਂ ਦੀਆਂ ਯੋਜਨਾਵਾਂ" },
  "workspace.holds.child": { one: "ਇੱਕ ਬੱਚੇ ਦੀ ਯੋਜਨਾ", other: "{count} ਬੱਚਿਆਂ ਦੀਆਂ ਯੋਜਨਾਵਾਂ" },
  "workspace.holds.none": "ਕੋਈ ਯੋਜਨਾ ਨਹੀਂ",

  // What leaving would clear: "My safety plan (12 answers)".
  "workspace.answers": { one: "1 ਜਵਾਬ", other: "{count} ਜਵਾਬ" },
  "workspace.decided": { one: "1 ਗੱਲ ਤੈਅ ਕੀਤੀ", other: "{count} ਗੱਲਾਂ ਤੈਅ ਕੀਤੀਆਂ" },
  "workspace.planWithAnswers": "{name} ({answers})",
  /** In place of the number of answers, for a plan that holds only a review date. */
  "workspace.reviewOnly": "ਦੁਬਾਰਾ ਦੇਖਣ ਦੀ ਇੱਕ ਤਾਰੀਖ਼",

  "workspace.nav.label": "ਤੁਹਾਡੀਆਂ ਯੋਜਨਾਵਾਂ",
  "workspace.tooManyPlans": "ਇਕੱਠੀਆਂ ਇਹ {max} ਤੋਂ ਵੱਧ ਯੋਜਨਾਵਾਂ ਹੋ ਜਾਣਗੀਆਂ, ਜੋ ਇਹ ਸਾਈਟ ਇੱਕੋ ਵਾਰ ਨਹੀਂ ਰੱਖ ਸਕਦੀ। ਕੁਝ ਨਹੀਂ ਬਦਲਿਆ।",
  "workspace.saveFailed.title": "ਤੁਹਾਡੀਆਂ ਨਵੀਆਂ ਤਬਦੀਲੀਆਂ ਇਸ ਡਿਵਾਈਸ ਉੱਤੇ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕੀਆਂ।",
  "workspace.saveFailed.text": "ਇਹ ਅਜੇ ਸਕਰੀਨ ਉੱਤੇ ਹਨ। ਟਾਈਪ ਕਰਦਿਆਂ ਇਹ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੇਗੀ; ਚਾਹੋ ਤਾਂ ਇੱਕ ਕਾਪੀ ਫ਼ਾਈਲ ਵਜੋਂ ਵੀ ਸੇਵ ਕਰੋ।",
};
