import type { UiPluralKey, UiTextKey } from "../../core/i18n/keys";
import { t, tCount } from "../../core/i18n/runtime";
import type { Plan } from "../../core/plans/schema";

const KIND_NAMES: Record<Plan["kind"], UiTextKey> = {
  adult: "session.kind.adult",
  checklist: "session.kind.checklist",
  child: "session.kind.child",
  "young-person": "session.kind.youngPerson",
};

/** "Child's plan (AB)": initials only, never names. */
export function planLabel(plan: Pick<Plan, "kind" | "label">): string {
  const kind = t(KIND_NAMES[plan.kind]);
  return plan.label ? t("session.kind.withInitials", { kind, initials: plan.label }) : kind;
}

const HELD: ReadonlyArray<readonly [Plan["kind"], UiPluralKey]> = [
  ["adult", "session.held.adult"],
  ["checklist", "session.held.checklist"],
  ["child", "session.held.child"],
  ["young-person", "session.held.youngPerson"],
];

export function heldSummary(plans: readonly Plan[]): string {
  const count = (kind: Plan["kind"]) => plans.filter((p) => p.kind === kind).length;
  const text = HELD.flatMap(([kind, key]) => {
    const n = count(kind);
    return n > 0 ? [tCount(key, n)] : [];
  });
  return text.length ? text.join(t("session.held.separator")) : t("session.held.nothing");
}

/** The most letters initials have: more would be part of a name. */
export const MAX_INITIALS = 4;

/**
 * Why what was typed cannot name a child's plan: nothing to go on, or more letters than initials
 * have. Too many is refused, not cut short: "Jonathan" cut to "JONA" would keep part of a name.
 */
export function initialsProblem(text: string): "missing" | "tooLong" | null {
  const count = letters(text).length;
  if (count === 0) return "missing";
  return count > MAX_INITIALS ? "tooLong" : null;
}

/** Initials: letters only, at most four, upper case. */
export function cleanInitials(text: string): string {
  return letters(text).slice(0, MAX_INITIALS).join("").toUpperCase();
}

/** The letters typed, of any script, one entry each (not UTF-16 halves), the rest left out. */
function letters(text: string): string[] {
  return [...text.replace(/[^\p{L}]/gu, "")];
}
