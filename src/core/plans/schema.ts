import * as z from "zod/mini";
import { CHECKLIST_STATUSES, PLAN_KINDS, SCHEMA_VERSION } from "./constants";
import { LIMITS } from "./limits";

/**
 * The plan data model. Answers are keyed by field id and checked for shape and size only: what
 * a field means is the template's business, so old answers survive template changes.
 */
export { CHECKLIST_STATUSES, type ChecklistStatus, SCHEMA_VERSION } from "./constants";

const text = (max: number) => z.string().check(z.maxLength(max));
const fieldId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(60));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-01-31"));
const isoDateTime = z.iso.datetime();

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
  items: z.record(fieldId, ChecklistEntrySchema),
  custom: z
    .array(z.strictObject({ id: fieldId, label: text(120).check(z.minLength(1)), ...ChecklistEntrySchema.shape }))
    .check(z.maxLength(LIMITS.checklistCustomItems)),
  removed: z.array(fieldId).check(z.maxLength(100)),
});

export const DrawingSchema = z.strictObject({
  png: z.string().check(z.maxLength(LIMITS.drawingChars), z.startsWith("data:image/png;base64,")),
  width: z.number().check(z.int(), z.gte(1), z.lte(2000)),
  height: z.number().check(z.int(), z.gte(1), z.lte(2000)),
});

export const AnswerSchema = z.union([
  text(LIMITS.longText),
  z.boolean(),
  z.array(PersonSchema).check(z.maxLength(LIMITS.listItems)),
  z.array(PlaceSchema).check(z.maxLength(LIMITS.listItems)),
  z.array(fieldId).check(z.maxLength(30)),
  ChecklistAnswerSchema,
  DrawingSchema,
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
  answers: z
    .record(fieldId, AnswerSchema)
    .check(
      z.refine(
        (a) => Object.keys(a).length <= LIMITS.fieldsPerPlan,
        `must have at most ${LIMITS.fieldsPerPlan} answers`,
      ),
    ),
});

/** Several plans kept or exported together: one household. */
export const BundleSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  plans: z.array(PlanSchema).check(z.maxLength(LIMITS.plansPerBundle)),
});

export type Person = z.output<typeof PersonSchema>;
export type Place = z.output<typeof PlaceSchema>;
export type ChecklistAnswer = z.output<typeof ChecklistAnswerSchema>;
export type Drawing = z.output<typeof DrawingSchema>;
export type Answer = z.output<typeof AnswerSchema>;
export type Plan = z.output<typeof PlanSchema>;
export type Bundle = z.output<typeof BundleSchema>;
export type PlanInput = z.input<typeof PlanSchema>;
