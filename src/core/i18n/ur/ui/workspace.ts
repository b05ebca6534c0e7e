import type { workspace as en } from "../../en/ui/workspace";
import type { Translation } from "../../types";

/** The workspace in Urdu: "آپ", polite imperatives; tab titles stay neutral. Drafted from the English, not yet reviewed by a fluent speaker. */
export const workspace: Translation<typeof en> = {
  // Tab titles: neutral, they never say what the plan is about.
  "workspace.tabTitle.plan": "میرا منصوبہ",
  "workspace.tabTitle.list": "فہرست",
  "workspace.tabTitle.practice": "مشق",

  // How each plan is named in the workspace's list of plans.
  "workspace.kind.adult": "میرا حفاظتی منصوبہ",
  "workspace.kind.checklist": "ساتھ لے جانے والی چیزیں",
  "workspace.kind.youngPerson": "نوجوان کا منصوبہ",
  "workspace.kind.child": "بچے کا منصوبہ",
  /** A plan with its label: "بچے کا منصوبہ (AB)". */
  "workspace.planWithLabel": "{name} ({label})",

  // Links from a section to another plan.
  "workspace.related.makeList": "ساتھ لے جانے والی چیزوں کی فہرست بنائیں",
  "workspace.related.checkList": "ساتھ لے جانے والی چیزوں کی فہرست دیکھ کر جانچیں",
  "workspace.related.seeList": "ساتھ لے جانے والی چیزوں کی فہرست دیکھیں",
  "workspace.related.childPlan": "بچے کے ساتھ ایک آسان منصوبہ بنائیں",

  // What a file holds: "ایک بڑے کا منصوبہ، ساتھ لے جانے والی چیزیں اور 2 بچوں کے منصوبے".
  "workspace.holds.adult": { one: "ایک بڑے کا منصوبہ", other: "{count} بڑوں کے منصوبے" },
  "workspace.holds.checklist": { one: "ساتھ لے جانے والی چیزیں", other: "ساتھ لے جانے والی چیزوں کی {count} فہرستیں" },
  "workspace.holds.youngPerson": { one: "ایک نوجوان کا منصوبہ", other: "{count} نوجوانوں کے منصوبے" },
  "workspace.holds.child": { one: "ایک بچے کا منصوبہ", other: "{count} بچوں کے منصوبے" },
  "workspace.holds.none": "کوئی منصوبہ نہیں",

  // What leaving would clear: "میرا حفاظتی منصوبہ (12 جواب)".
  "workspace.answers": { one: "1 جواب", other: "{count} جواب" },
  "workspace.decided": { one: "1 بات طے ہوئی", other: "{count} باتیں طے ہوئیں" },
  "workspace.planWithAnswers": "{name} ({answers})",
  /** In place of the number of answers, for a plan that holds only a review date. */
  "workspace.reviewOnly": "دوبارہ دیکھنے کی ایک تاریخ",

  "workspace.nav.label": "آپ کے منصوبے",
  "workspace.tooManyPlans":
    "سب ملا کر یہ {max} سے زیادہ منصوبے ہو جائیں گے، جو یہ سائٹ ایک ساتھ نہیں رکھ سکتی۔ کچھ نہیں بدلا۔",
  "workspace.saveFailed.title": "آپ کی تازہ تبدیلیاں اس ڈیوائس پر محفوظ نہیں ہو سکیں۔",
  "workspace.saveFailed.text":
    "وہ ابھی اسکرین پر ہیں۔ آپ کے لکھتے وقت یہ دوبارہ کوشش کرے گی؛ چاہیں تو اس کی کاپی فائل میں بھی محفوظ کر لیں۔",
};
