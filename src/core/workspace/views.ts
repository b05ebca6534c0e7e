import type { Plan } from "../plans/schema";
import type { PlanKind } from "../plans/template";

/**
 * Where each plan lives. Every one of these addresses serves the same workspace, opened on
 * that plan, so old links and bookmarks keep working; inside the page, moving between them
 * only changes the address (history.replaceState), never loads a page.
 */
export const PLAN_PATHS: Record<PlanKind, string> = {
  adult: "/plan/adult/",
  checklist: "/checklist/",
  "young-person": "/plan/young-person/",
  child: "/plan/child/",
};
export const PRACTICE_PATHS: Partial<Record<PlanKind, string>> = {
  "young-person": "/plan/young-person/practice/",
  child: "/plan/child/practice/",
};
/** The phone numbers: a page of its own, and a panel inside the workspace. */
export const NUMBERS_PATH = "/help/";

/** The order plans are listed in. */
export const KIND_ORDER: readonly PlanKind[] = ["adult", "checklist", "young-person", "child"];

export interface PlanView {
  kind: PlanKind;
  /** One plan of several of a kind (a household file holds a plan for each child). */
  planId?: string;
  practice?: boolean;
}

/** The view an address opens, or null when the address is not part of the workspace. */
export function viewForUrl(url: URL): PlanView | null {
  const planId = /^#plan-([0-9a-z-]{1,64})$/.exec(url.hash)?.[1];
  for (const kind of KIND_ORDER) {
    const extra = planId ? { planId } : {};
    if (url.pathname === PLAN_PATHS[kind]) return { kind, ...extra };
    if (url.pathname === PRACTICE_PATHS[kind]) return { kind, practice: true, ...extra };
  }
  return null;
}

export function pathForView(view: PlanView): string {
  const base = (view.practice && PRACTICE_PATHS[view.kind]) || PLAN_PATHS[view.kind];
  return view.planId ? `${base}#plan-${view.planId}` : base;
}

/** Tab titles stay neutral: they never say what the plan is about. */
export function titleForView(view: PlanView): string {
  if (view.practice) return "Practice";
  return view.kind === "checklist" ? "List" : "My plan";
}

/** How each plan is named in the workspace's list of plans. */
export const KIND_NAMES: Record<PlanKind, string> = {
  adult: "My safety plan",
  checklist: "Things to take",
  "young-person": "Young person's plan",
  child: "Child's plan",
};

export function planName(plan: Pick<Plan, "kind" | "label">): string {
  return plan.label ? `${KIND_NAMES[plan.kind]} (${plan.label})` : KIND_NAMES[plan.kind];
}

/** Sections that point to another plan: "things to take" from getting ready to leave. */
export const RELATED: Partial<Record<PlanKind, Record<string, { kind: PlanKind; text: string }>>> = {
  adult: {
    "getting-ready-to-leave": { kind: "checklist", text: "Make a list of things to take" },
    "after-leaving": { kind: "checklist", text: "Check the list of things to take" },
    "staying-safer-at-home": { kind: "child", text: "Make a simple plan with a child" },
  },
  checklist: {
    "childrens-things": { kind: "child", text: "Make a simple plan with a child" },
  },
  "young-person": {
    "if-we-leave": { kind: "checklist", text: "See the list of things to take" },
  },
};

const count = (n: number, one: string, many: string) => (n === 1 ? `${one}` : `${n} ${many}`);

/** What a file holds, in words: "an adult's plan, things to take and 2 children's plans". */
export function describePlans(plans: readonly Pick<Plan, "kind">[]): string {
  const n = (kind: PlanKind) => plans.filter((p) => p.kind === kind).length;
  const parts = [
    n("adult") && count(n("adult"), "an adult's plan", "adults' plans"),
    n("checklist") && count(n("checklist"), "things to take", "lists of things to take"),
    n("young-person") && count(n("young-person"), "a young person's plan", "young people's plans"),
    n("child") && count(n("child"), "a child's plan", "children's plans"),
  ].filter((p): p is string => typeof p === "string");
  if (parts.length === 0) return "no plans";
  return parts.length === 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

export function answerCount(plan: Plan): number {
  return Object.keys(plan.answers).length;
}

/** "My safety plan (12 answers), Things to take (3 answers)": what leaving would clear. */
export function describeUnsaved(plans: readonly Plan[]): string {
  return plans
    .map((p) => {
      const n = answerCount(p);
      return `${planName(p)} (${n} ${n === 1 ? "answer" : "answers"})`;
    })
    .join(", ");
}
