import type { RecordField } from "./schema";

/**
 * The record's fields a worker fills in (not the review snapshot), by name alone: kept apart
 * from schema.ts, so that stamping a review (IdleWarning, on the session's first screen) does
 * not bring the file checks (zod, about 9 KB) with it. schema.ts checks that the two agree.
 */
export const WRITTEN_FIELDS = [
  "agency",
  "worker",
  "contact",
  "sessionDate",
  "assessment",
  "outcome",
  "assessmentDate",
  "marac",
  "maracDate",
  "referralCsc",
  "referralEarlyHelp",
  "referralNotes",
  "copiesHeld",
  "nextReview",
  "consent",
  "children",
] as const satisfies readonly RecordField[];
