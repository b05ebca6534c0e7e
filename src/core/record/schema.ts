import * as z from "zod/mini";
import { PLAN_KINDS } from "../plans/constants";
import { isoDate } from "../plans/iso-date";
import { LIMITS } from "../plans/limits";

/**
 * The worker's own record of a session (issue 22): what a case file needs, kept apart from the
 * family's plans. It lives beside the plans in the bundle, in the worker's copy only:
 * `familyCopy` (src/core/workspace/copies.ts) drops it, and so everything the family gets does.
 * Every field may be empty: a worker fills in what they know.
 */
export const RISK_OUTCOMES = ["standard", "medium", "high"] as const;
export type RiskOutcome = (typeof RISK_OUTCOMES)[number];
export const MARAC_ANSWERS = ["made", "not-made"] as const;
export type MaracAnswer = (typeof MARAC_ANSWERS)[number];
/** The risk identification matrix's scales for a child, 1 (moderate) to 4 (severe). */
export const SCALES = [1, 2, 3, 4] as const;
export type Scale = (typeof SCALES)[number];

const text = (max: number) => z.string().check(z.maxLength(max));
const planId = z.string().check(z.regex(/^[A-Za-z0-9_-]{6,64}$/));
/** A short hash of an answer (review.ts): the snapshot says whether it changed, never what it said. */
const hash = z.string().check(z.regex(/^[0-9a-f]{8}$/));
const key = z.string().check(z.maxLength(60), z.regex(/^[A-Za-z0-9-]+$/));
const hashes = (max: number) =>
  z.pipe(
    z.custom<unknown>(
      (v) => typeof v !== "object" || v === null || Object.keys(v).length <= max,
      `must have at most ${max} entries`,
    ),
    z.record(key, hash),
  );

/** One child or young person of the household, found by their plan's id. */
export const RecordChildSchema = z.strictObject({
  plan: planId,
  scale: z.optional(z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])),
  age: z.optional(text(20)),
  school: z.optional(text(LIMITS.name * 2)),
});

/** What the record looked like at the last review: hashes only, to say what changed since. */
export const ReviewSnapshotSchema = z.strictObject({
  at: isoDate,
  plans: z
    .array(
      z.strictObject({
        id: planId,
        kind: z.enum(PLAN_KINDS),
        label: z.optional(text(LIMITS.label)),
        answers: hashes(LIMITS.fieldsPerPlan),
      }),
    )
    .check(z.maxLength(LIMITS.plansPerBundle)),
  record: hashes(40),
});

/** Each field on its own, so a damaged file loses only the entry that is damaged (parseRecord). */
export const RECORD_FIELDS = {
  agency: text(LIMITS.name * 2),
  worker: text(LIMITS.name * 2),
  contact: text(LIMITS.shortText),
  sessionDate: isoDate,
  assessment: text(LIMITS.name * 2),
  outcome: z.enum(RISK_OUTCOMES),
  assessmentDate: isoDate,
  marac: z.enum(MARAC_ANSWERS),
  maracDate: isoDate,
  referralCsc: z.boolean(),
  referralEarlyHelp: z.boolean(),
  referralNotes: text(LIMITS.note),
  copiesHeld: text(LIMITS.note),
  nextReview: isoDate,
  consent: text(LIMITS.note),
  children: z.array(RecordChildSchema).check(z.maxLength(LIMITS.plansPerBundle)),
  reviewed: ReviewSnapshotSchema,
} as const;

export const RecordSchema = z.strictObject({
  agency: z.optional(RECORD_FIELDS.agency),
  worker: z.optional(RECORD_FIELDS.worker),
  contact: z.optional(RECORD_FIELDS.contact),
  sessionDate: z.optional(RECORD_FIELDS.sessionDate),
  assessment: z.optional(RECORD_FIELDS.assessment),
  outcome: z.optional(RECORD_FIELDS.outcome),
  assessmentDate: z.optional(RECORD_FIELDS.assessmentDate),
  marac: z.optional(RECORD_FIELDS.marac),
  maracDate: z.optional(RECORD_FIELDS.maracDate),
  referralCsc: z.optional(RECORD_FIELDS.referralCsc),
  referralEarlyHelp: z.optional(RECORD_FIELDS.referralEarlyHelp),
  referralNotes: z.optional(RECORD_FIELDS.referralNotes),
  copiesHeld: z.optional(RECORD_FIELDS.copiesHeld),
  nextReview: z.optional(RECORD_FIELDS.nextReview),
  consent: z.optional(RECORD_FIELDS.consent),
  children: z.optional(RECORD_FIELDS.children),
  reviewed: z.optional(RECORD_FIELDS.reviewed),
});

export type WorkerRecord = z.output<typeof RecordSchema>;
export type RecordChild = z.output<typeof RecordChildSchema>;
export type ReviewSnapshot = z.output<typeof ReviewSnapshotSchema>;
export type RecordField = keyof typeof RECORD_FIELDS;

// fields.ts names every written field, and nothing else, so a new field cannot be left out of
// what a review compares: this fails to compile when the two differ.
type Written = typeof import("./fields").WRITTEN_FIELDS[number];
const _everyField: [Exclude<RecordField, "reviewed">] extends [Written]
  ? [Written] extends [Exclude<RecordField, "reviewed">]
    ? true
    : never
  : never = true;
void _everyField;
