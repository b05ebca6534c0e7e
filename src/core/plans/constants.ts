/**
 * Plain values shared by the schemas and the UI. Kept apart from the zod schemas so the editor
 * can use them without shipping zod to the browser.
 */
export const SCHEMA_VERSION = 1;

export const PLAN_KINDS = ["adult", "young-person", "child", "checklist"] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export const FIELD_TYPES = [
  "shortText",
  "longText",
  "people",
  "places",
  "yesNo",
  "agree",
  "date",
  "reviewDate",
  "checklist",
  "choices",
  "drawing",
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const CHECKLIST_STATUSES = ["packed", "with-someone", "need-to-get", "not-needed"] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];
