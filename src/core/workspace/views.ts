import type { UiPluralKey, UiTextKey } from "../i18n/keys";
import { type Lang, localPath, splitLangPath } from "../i18n/languages";
import { t, tCount, uiLang } from "../i18n/runtime";
import type { ChecklistAnswer, Plan } from "../plans/schema";
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

/**
 * The view an address opens, in any language (/cy/plan/adult/ is the adult's plan too), or null
 * when the address is not part of the workspace. Given a language, an address in another
 * language is not this workspace's either: following it loads that language's page.
 */
export function viewForUrl(url: URL, lang?: Lang): PlanView | null {
  const split = splitLangPath(url.pathname);
  if (lang !== undefined && split.lang !== lang) return null;
  const planId = /^#plan-([0-9a-z-]{1,64})$/.exec(url.hash)?.[1];
  for (const kind of KIND_ORDER) {
    const extra = planId ? { planId } : {};
    if (split.path === PLAN_PATHS[kind]) return { kind, ...extra };
    if (split.path === PRACTICE_PATHS[kind]) return { kind, practice: true, ...extra };
  }
  return null;
}

/** The address of a view, in the page's language (or the one given). */
export function pathForView(view: PlanView, lang: Lang = uiLang()): string {
  const base = localPath(lang, (view.practice && PRACTICE_PATHS[view.kind]) || PLAN_PATHS[view.kind]);
  return view.planId ? `${base}#plan-${view.planId}` : base;
}

type TitleKey = "workspace.tabTitle.plan" | "workspace.tabTitle.list" | "workspace.tabTitle.practice";

/**
 * Tab titles stay neutral: they never say what the plan is about, in any language. The page
 * gives its build-time words (`w.text`); islands read theirs at run time.
 */
export function titleForView(view: PlanView, text: (key: TitleKey) => string = t): string {
  if (view.practice) return text("workspace.tabTitle.practice");
  return view.kind === "checklist" ? text("workspace.tabTitle.list") : text("workspace.tabTitle.plan");
}

/** How each plan is named in the workspace's list of plans. */
const KIND_NAMES: Record<PlanKind, UiTextKey> = {
  adult: "workspace.kind.adult",
  checklist: "workspace.kind.checklist",
  "young-person": "workspace.kind.youngPerson",
  child: "workspace.kind.child",
};

export function kindName(kind: PlanKind): string {
  return t(KIND_NAMES[kind]);
}

export function planName(plan: Pick<Plan, "kind" | "label">): string {
  const name = kindName(plan.kind);
  return plan.label ? t("workspace.planWithLabel", { name, label: plan.label }) : name;
}

/**
 * planName in pieces, so the label can be shown isolated (<bdi>): right-to-left initials, or
 * any a file brings, then cannot reorder the words around them.
 */
export function planNameParts(plan: Pick<Plan, "kind" | "label">): { before: string; label: string; after: string } {
  const name = kindName(plan.kind);
  if (!plan.label) return { before: name, label: "", after: "" };
  const mark = "\u0000"; // a label never holds one (label.ts)
  const [before = "", after = ""] = t("workspace.planWithLabel", { name, label: mark }).split(mark);
  return { before, label: plan.label, after };
}

/** Sections that point to another plan: "things to take" from getting ready to leave. */
export const RELATED: Partial<Record<PlanKind, Record<string, { kind: PlanKind; text: UiTextKey }>>> = {
  adult: {
    "getting-ready-to-leave": { kind: "checklist", text: "workspace.related.makeList" },
    "after-leaving": { kind: "checklist", text: "workspace.related.checkList" },
    "staying-safer-at-home": { kind: "child", text: "workspace.related.childPlan" },
  },
  checklist: {
    "childrens-things": { kind: "child", text: "workspace.related.childPlan" },
  },
  "young-person": {
    "if-we-leave": { kind: "checklist", text: "workspace.related.seeList" },
  },
};

/** "a, b, c", in the page's language. */
export function listSeparated(items: readonly string[]): string {
  return items.join(t("common.listSeparator"));
}

/** "a, b and c", in the page's language. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  const first = listSeparated(items.slice(0, -1));
  return t("common.listAnd", { first, last: items.at(-1) ?? "" });
}

const HOLDS: Record<PlanKind, UiPluralKey> = {
  adult: "workspace.holds.adult",
  checklist: "workspace.holds.checklist",
  "young-person": "workspace.holds.youngPerson",
  child: "workspace.holds.child",
};

/** What a file holds, in words: "an adult's plan, things to take and 2 children's plans". */
export function describePlans(plans: readonly Pick<Plan, "kind">[]): string {
  const parts = KIND_ORDER.flatMap((kind) => {
    const n = plans.filter((p) => p.kind === kind).length;
    return n ? [tCount(HOLDS[kind], n)] : [];
  });
  return parts.length === 0 ? t("workspace.holds.none") : listText(parts);
}

export function answerCount(plan: Plan): number {
  return Object.keys(plan.answers).length;
}

/** "12 answers". */
export function answersText(n: number): string {
  return tCount("workspace.answers", n);
}

/** Things on a list with a status: a group of things counts each thing, and a note alone decides nothing. */
function decidedCount(plan: Plan): number {
  let n = 0;
  for (const value of Object.values(plan.answers)) {
    if (typeof value !== "object" || value === null || Array.isArray(value) || !("items" in value)) continue;
    const list = value as ChecklistAnswer;
    for (const [id, entry] of Object.entries(list.items)) if (entry.status && !list.removed.includes(id)) n += 1;
    for (const item of list.custom) if (item.status) n += 1;
  }
  return n;
}

/**
 * What a plan holds, saying what is counted: "12 answers" (questions answered), or for things to
 * take "14 things decided" (not the 4 groups they are in). Empty when there is nothing yet.
 */
export function countText(plan: Plan): string {
  if (plan.kind === "checklist") {
    const n = decidedCount(plan);
    return n === 0 ? "" : tCount("workspace.decided", n);
  }
  const n = answerCount(plan);
  return n === 0 ? "" : answersText(n);
}

/** "My safety plan (12 answers), Things to take (3 answers)": what leaving would clear. */
export function describeUnsaved(plans: readonly Plan[]): string {
  return listSeparated(
    plans.map((p) => {
      // A plan with a review date and no answers still holds work (work.ts): name what it holds.
      const counted =
        countText(p) || (answerCount(p) === 0 && p.reviewDate !== undefined ? t("workspace.reviewOnly") : "");
      return t("workspace.planWithAnswers", { name: planName(p), answers: counted || answersText(answerCount(p)) });
    }),
  );
}
