import { OTHER_FULL_STOPS } from "../i18n/punctuation";
import type { Person, Plan } from "../plans/schema";
import type { PlaceholderName } from "./placeholders";
import type { CallStep, PracticeSet } from "./types";

/** What practice takes from a plan: the blanks' answers, and what the child said is happening. */
export type PlanValueName = PlaceholderName | "whatIsHappening";
export type PlanValues = Partial<Record<PlanValueName, string>>;

/** Which of a plan's answers fill practice, for each kind of plan, first answered first. */
const FROM_PLAN: Record<string, Partial<Record<PlanValueName, string[]>>> = {
  child: {
    safePlace: ["my-safe-place"],
    name: ["my-name", "child-name"],
    address: ["my-address"],
    trustedPerson: ["talk-to", "tell-if-hurt", "help-from"],
    // Step 5, "Who else can help": the grown-up near home the child would go to.
    neighbour: ["help-from"],
    whatIsHappening: ["what-is-happening"],
  },
  "young-person": {
    safePlace: ["safe-room"],
    nearestPhone: ["nearest-phone"],
    name: ["call-my-name"],
    address: ["call-my-address"],
    trustedPerson: ["trusted-people", "talk-about-feelings"],
    whatIsHappening: ["call-what-is-happening"],
  },
};

/** The child's own answers for practice, trimmed: text as typed, or a list's first name. */
export function valuesFromPlan(plan: Plan | undefined): PlanValues {
  if (!plan) return {};
  const map = FROM_PLAN[plan.kind] ?? {};
  const out: PlanValues = {};
  for (const [name, fieldIds] of Object.entries(map) as Array<[PlanValueName, string[]]>) {
    for (const id of fieldIds) {
      const v = plan.answers[id];
      const text =
        typeof v === "string" ? v : Array.isArray(v) ? (v as Person[]).find((p) => p.name?.trim())?.name : undefined;
      if (text?.trim()) {
        out[name] = text.replace(/\s+/g, " ").trim();
        break;
      }
    }
  }
  return out;
}

/** Punctuation left at the end of an answer, in any of the languages (Arabic has its own comma, Urdu and Panjabi their own full stops). */
const TRAILING = new RegExp(`[\\s.,;:،؛${OTHER_FULL_STOPS}]+$`);

/** Blanks that name a place or a person: the child's words follow the set's own phrase. */
const SLOTS = ["safePlace", "trustedPerson", "nearestPhone", "neighbour"] as const satisfies readonly PlaceholderName[];

/**
 * The words that fill a practice set's blanks. A place or person keeps the set's phrase and adds
 * the child's words after a colon, in the language's quotation marks (`quote`), so any answer
 * makes a sentence and reads as the child's own ("Go to your safe place: “my bedroom”.", never
 * "your … my bedroom" run together); a name or an address goes in as it is. Every slot
 * placeholder sits at the end of a sentence in the practice text (practice.test.ts).
 */
export function practiceValues(
  set: PracticeSet,
  values: PlanValues,
  quote: (words: string) => string = (words) => words,
): Record<PlaceholderName, string> {
  const out: Record<PlaceholderName, string> = { ...set.blanks };
  for (const slot of SLOTS) {
    const answer = values[slot]?.trim().replace(TRAILING, "");
    if (answer) out[slot] = `${out[slot]}: ${quote(answer)}`;
  }
  if (values.name?.trim()) out.name = values.name.trim();
  if (values.address?.trim()) out.address = values.address.trim().replace(TRAILING, "");
  return out;
}

/** What a pretend-call step's box starts with: the child's own answer from the plan, if any. */
export function callAnswer(step: CallStep, values: PlanValues): string | undefined {
  switch (step.answer) {
    case "name":
      return values.name;
    case "address":
      return values.address;
    case "what-is-happening":
      return values.whatIsHappening;
    default:
      return undefined;
  }
}
