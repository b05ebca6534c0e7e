import type { Plan } from "../../core/plans/schema";

const KIND_NAMES = {
  adult: "Adult's plan",
  checklist: "Things to take",
  child: "Child's plan",
  "young-person": "Young person's plan",
} as const;

/** "Child's plan (AB)": initials only, never names. */
export function planLabel(plan: Plan): string {
  return plan.label ? `${KIND_NAMES[plan.kind]} (${plan.label})` : KIND_NAMES[plan.kind];
}

export function heldSummary(plans: readonly Plan[]): string {
  const count = (kind: Plan["kind"]) => plans.filter((p) => p.kind === kind).length;
  const parts = [
    [count("adult"), "adult's plan", "adult's plans"],
    [count("checklist"), "checklist", "checklists"],
    [count("child"), "child's plan", "children's plans"],
    [count("young-person"), "young person's plan", "young people's plans"],
  ] as const;
  const text = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  return text.length ? text.join(", ") : "nothing yet";
}

/** Initials: letters only, at most four, upper case. */
export function cleanInitials(text: string): string {
  return text
    .replace(/[^\p{L}]/gu, "")
    .slice(0, 4)
    .toUpperCase();
}
