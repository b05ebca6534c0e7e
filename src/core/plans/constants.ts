/**
 * Plain values shared by the schemas and the UI. Kept apart from the zod schemas so the editor
 * can use them without shipping zod to the browser.
 */
/**
 * Raised only when a change needs a migration step. Adding a kind of answer does not: the
 * tailored plan's answers (situation, priorities, strategies) joined version 1 as it is.
 * Version 2 added the worker's own record beside the plans (migrations.ts).
 */
export const SCHEMA_VERSION = 2;

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
  /** The tailored plan (src/core/tailoring/): what applies to me, my priorities, my strategies. */
  "situation",
  "priorities",
  "strategies",
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const CHECKLIST_STATUSES = ["packed", "with-someone", "need-to-get", "not-needed"] as const;
export type ChecklistStatus = (typeof CHECKLIST_STATUSES)[number];
