import * as z from "zod/mini";
import { FIELD_TYPES, PLAN_KINDS } from "./constants";

/**
 * A template is data: sections, each with help text, questions to think about and fields.
 * One generic editor renders any template, so adding a plan means adding data, not UI.
 * The UI imports only types from here (erased at build), so zod stays out of the browser.
 */

export { FIELD_TYPES, type FieldType, PLAN_KINDS, type PlanKind } from "./constants";

const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by dashes"));
const words = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

export const ChecklistItemSchema = z.strictObject({
  id,
  label: words(120),
  hint: z.optional(words(300)),
  /** A plainer label for a discreet printout, where the label itself would say too much. */
  printLabel: z.optional(words(60)),
});

export const ChoiceSchema = z.strictObject({
  id,
  label: words(60),
  /** A plainer label for a discreet printout, where the label itself would say too much. */
  printLabel: z.optional(words(60)),
  /** Name of a built-in picture (for children's screens). */
  picture: z.optional(words(40)),
});

export const FieldSchema = z.strictObject({
  id,
  type: z.enum(FIELD_TYPES),
  label: words(200),
  /** One or two sentences under the label. */
  hint: z.optional(words(600)),
  /**
   * Neutral words for a discreet printout ("People", "Notes", "A word to remember"): nothing
   * that says what the paper is for. src/core/print checks them against the revealing words.
   */
  printLabel: words(60),
  /**
   * A short form that introduces the answer in a sentence ("My safe place" gives "My safe
   * place: under my bed."), for Read aloud. Needed where the label ends mid-sentence ("My name
   * is") and for every person or place field; otherwise the label is used.
   */
  sentence: z.optional(words(80)),
  /** For list fields: most entries allowed (e.g. "up to four places"). */
  maxItems: z.optional(z.number().check(z.int(), z.gte(1), z.lte(50))),
  /** For checklist fields. */
  items: z.optional(z.array(ChecklistItemSchema).check(z.maxLength(60))),
  /** For "choices" fields. */
  choices: z.optional(z.array(ChoiceSchema).check(z.maxLength(20))),
  /** For "agree" fields: the statement itself is the label; this is the tick-box text. */
  agreeText: z.optional(words(80)),
});

export const SectionSchema = z.strictObject({
  id,
  title: words(80),
  /** The section's heading on a discreet printout: neutral words such as "Notes" or "People". */
  printTitle: words(40),
  /** Offer Read aloud on this section in the usual editor (a child's steps always have it). */
  readAloud: z.optional(z.boolean()),
  /** Plain-language help shown at the top of the section. */
  help: z.array(words(800)).check(z.minLength(1), z.maxLength(6)),
  /** "Questions to think about", from the guidance. */
  questions: z.array(words(300)).check(z.maxLength(12)),
  /** "Questions to ask", shown to a professional running a session. */
  askQuestions: z.optional(z.array(words(300)).check(z.maxLength(16))),
  /** Renders a block of emergency and helpline numbers above the fields. */
  showNumbers: z.optional(z.boolean()),
  fields: z.array(FieldSchema).check(z.minLength(1), z.maxLength(30)),
});

export const TemplateSchema = z.strictObject({
  kind: z.enum(PLAN_KINDS),
  title: words(80),
  /** Printed heading when the person chooses a neutral title. */
  neutralTitle: words(60),
  intro: z.array(words(800)).check(z.minLength(1), z.maxLength(6)),
  sections: z.array(SectionSchema).check(z.minLength(1), z.maxLength(20)),
});

export type ChecklistItem = z.output<typeof ChecklistItemSchema>;
export type Choice = z.output<typeof ChoiceSchema>;
export type Field = z.output<typeof FieldSchema>;
export type Section = z.output<typeof SectionSchema>;
export type Template = z.output<typeof TemplateSchema>;
