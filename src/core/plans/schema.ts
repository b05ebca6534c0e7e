import * as z from "zod/mini";
import { RecordSchema } from "../record/schema";
import { CHECKLIST_STATUSES, PLAN_KINDS, SCHEMA_VERSION } from "./constants";
import { isoDate } from "./iso-date";
import { LIMITS } from "./limits";

/**
 * The plan data model. Answers are keyed by field id and checked for shape and size only: what
 * a field means is the template's business, so old answers survive template changes.
 */
export { CHECKLIST_STATUSES, type ChecklistStatus, SCHEMA_VERSION } from "./constants";
export { isoDate };

const text = (max: number) => z.string().check(z.maxLength(max));
const fieldId = z.string().check(z.maxLength(60), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));

/** ISO time with a Z, e.g. 2026-01-31T09:30:00.000Z; zod checks month, day, hour and minute ranges. */
const isoDateTime = z.iso.datetime();

/** No two entries with the same id. */
function uniqueIds(entries: readonly { readonly id: string }[]): boolean {
  return new Set(entries.map((e) => e.id)).size === entries.length;
}

/**
 * A record whose size is checked before any of its values are: a hostile file with 20,000
 * answers is refused at once instead of after 20,000 failed checks. Non-objects pass the size
 * check and are refused by the record itself, which says what was expected.
 */
function record<V extends z.ZodMiniType>(key: typeof fieldId, value: V, max: number, what: string) {
  const small = (v: unknown) => typeof v !== "object" || v === null || Object.keys(v).length <= max;
  return z.pipe(z.custom<unknown>(small, `must have at most ${max} ${what}`), z.record(key, value));
}

export const PersonSchema = z.strictObject({
  name: text(LIMITS.name),
  phone: text(LIMITS.phone),
  /** How they help, or what they will do. */
  role: text(LIMITS.note),
});

export const PlaceSchema = z.strictObject({
  name: text(LIMITS.name * 2),
  note: text(LIMITS.note),
});

const ChecklistEntrySchema = z.strictObject({
  status: z.optional(z.enum(CHECKLIST_STATUSES)),
  /** Where it is, or who has it. */
  note: z.optional(text(LIMITS.note)),
});

export const ChecklistAnswerSchema = z.strictObject({
  items: record(fieldId, ChecklistEntrySchema, LIMITS.checklistItems, "items"),
  custom: z
    .array(z.strictObject({ id: fieldId, label: text(120).check(z.minLength(1)), ...ChecklistEntrySchema.shape }))
    .check(
      z.maxLength(LIMITS.checklistCustomItems),
      // An edit finds its item by id: two with one id would both change, and one would be lost.
      z.refine(uniqueIds, "has two items with the same id"),
    ),
  removed: z.array(fieldId).check(z.maxLength(100)),
});

export const DrawingSchema = z.strictObject({
  png: z.string().check(z.maxLength(LIMITS.drawingChars), z.startsWith("data:image/png;base64,")),
  width: z.number().check(z.int(), z.gte(1), z.lte(2000)),
  height: z.number().check(z.int(), z.gte(1), z.lte(2000)),
});

/** What applies to me (src/core/tailoring/situations.ts): ids only, checked for shape and size. */
export const SituationAnswerSchema = z.strictObject({
  picked: z.array(fieldId).check(z.maxLength(LIMITS.situations)),
  declined: z.array(fieldId).check(z.maxLength(LIMITS.situations)),
});

/** My priorities, most important first, and a priority in the person's own words. */
export const PriorityAnswerSchema = z.strictObject({
  order: z.array(fieldId).check(z.maxLength(LIMITS.priorities)),
  own: text(LIMITS.note),
});

/**
 * My strategies: the library's strategies the person kept (with their own note on each), the
 * ones they said were not for them (so they are not suggested again), and their own.
 */
export const StrategiesAnswerSchema = z.strictObject({
  kept: z
    .array(z.strictObject({ id: fieldId, note: text(LIMITS.note) }))
    .check(z.maxLength(LIMITS.strategies), z.refine(uniqueIds, "has the same strategy twice")),
  dropped: z.array(fieldId).check(z.maxLength(LIMITS.strategies)),
  own: z
    .array(z.strictObject({ id: fieldId, title: text(LIMITS.name * 2), note: text(LIMITS.note) }))
    .check(z.maxLength(LIMITS.ownStrategies), z.refine(uniqueIds, "has two strategies with the same id")),
});

export const AnswerSchema = z.union([
  text(LIMITS.longText),
  z.boolean(),
  z.array(PersonSchema).check(z.maxLength(LIMITS.listItems)),
  z.array(PlaceSchema).check(z.maxLength(LIMITS.listItems)),
  z.array(fieldId).check(z.maxLength(30)),
  ChecklistAnswerSchema,
  DrawingSchema,
  SituationAnswerSchema,
  PriorityAnswerSchema,
  StrategiesAnswerSchema,
]);

export const PlanSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{6,64}$/)),
  kind: z.enum(PLAN_KINDS),
  /** Initials only, to tell plans in a household apart. */
  label: z.optional(text(LIMITS.label)),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  reviewDate: z.optional(isoDate),
  /** Dates a plan was reviewed: dates only, nothing about what changed. */
  reviews: z.optional(z.array(isoDate).check(z.maxLength(LIMITS.reviews))),
  answers: record(fieldId, AnswerSchema, LIMITS.fieldsPerPlan, "answers"),
});

const bundleOf = <P extends z.ZodMiniType, R extends z.ZodMiniType>(plan: P, record: R) =>
  z.strictObject({
    schemaVersion: z.literal(SCHEMA_VERSION),
    plans: z.array(plan).check(z.maxLength(LIMITS.plansPerBundle)),
    /** The worker's own record (src/core/record/): only ever in the worker's copy. */
    record: z.optional(record),
  });

/**
 * Several plans kept or exported together: one household. Every plan has its own id: edits
 * find a plan by id, so two plans with one id would both be changed and one plan's text lost.
 */
export const BundleSchema = bundleOf(PlanSchema, RecordSchema).check(
  z.refine((b) => uniqueIds(b.plans), { message: "has two plans with the same id", path: ["plans"] }),
);

/** A bundle with its plans and record left unchecked: parse.ts checks this first, then plan by plan. */
export const BundleOutlineSchema = bundleOf(z.unknown(), z.unknown());

export type Person = z.output<typeof PersonSchema>;
export type Place = z.output<typeof PlaceSchema>;
export type ChecklistAnswer = z.output<typeof ChecklistAnswerSchema>;
export type Drawing = z.output<typeof DrawingSchema>;
export type SituationAnswer = z.output<typeof SituationAnswerSchema>;
export type PriorityAnswer = z.output<typeof PriorityAnswerSchema>;
export type StrategiesAnswer = z.output<typeof StrategiesAnswerSchema>;
export type Answer = z.output<typeof AnswerSchema>;
export type Plan = z.output<typeof PlanSchema>;
export type Bundle = z.output<typeof BundleSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
