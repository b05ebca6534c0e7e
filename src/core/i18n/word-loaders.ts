import type { PlanKind } from "../plans/constants";
import type { Audience } from "../practice/types";
import type { Catalogue } from "./entry";
import type { Lang } from "./languages";
import type { UiPart } from "./ui-parts";

type Loader = () => Promise<Catalogue>;
type Found = Record<string, () => Promise<Record<string, Catalogue>>>;

/*
 * Where each language's words that load later are: the late parts of the islands' words
 * (<lang>/ui/<part>.ts), each plan's words (<lang>/plans/<kind>.ts) and each practice's
 * (<lang>/practice/<audience>.ts). The bundler finds every language's files and makes a chunk
 * of each, so a page fetches only its own language's, and a new language needs no line here.
 *
 * This module is itself loaded when the first of them is asked for (runtime.ts, loaders.ts),
 * not with a plan page's first screen: its tables name a file for each language and part
 * (about 1.4 KB gzipped with seven languages), and no plan page's first screen needs one. The
 * practice pages, whose first screen is practice, have it with their code (LazyPractice.tsx).
 * The globs are read when first asked for, since the end-to-end tests import this module
 * outside the bundler. scripts/offered-languages.mjs narrows them to the languages offered.
 */
let uiParts: Found | undefined;
let plans: Found | undefined;
let practices: Found | undefined;

function loaderOf(found: Found, path: string, exportName: string): Loader {
  const load = found[path];
  if (!load) throw new Error(`src/core/i18n/${path.slice(2)} is missing`);
  return () => load().then((m) => m[exportName] as Catalogue);
}

export function uiPartLoader(lang: Lang, part: UiPart): Loader {
  uiParts ??= import.meta.glob<Record<string, Catalogue>>(
    "./*/ui/{forms,later,session,handover,record,child,steps,tailoring,phone}.ts",
  );
  return loaderOf(uiParts, `./${lang}/ui/${part}.ts`, part);
}

/** The name each plan's words are exported by, in every language's plans/<kind>.ts. */
const PLAN_EXPORT: Record<PlanKind, string> = {
  adult: "adult",
  checklist: "checklist",
  "young-person": "youngPerson",
  child: "child",
};

export function planWordsLoader(lang: Lang, kind: PlanKind): Loader {
  plans ??= import.meta.glob<Record<string, Catalogue>>("./*/plans/*.ts");
  return loaderOf(plans, `./${lang}/plans/${kind}.ts`, PLAN_EXPORT[kind]);
}

/** The name each practice's words are exported by, in every language's practice/<audience>.ts. */
const PRACTICE_EXPORT: Record<Audience, string> = { child: "childPractice", "young-person": "youngPersonPractice" };

export function practiceWordsLoader(lang: Lang, audience: Audience): Loader {
  practices ??= import.meta.glob<Record<string, Catalogue>>("./*/practice/*.ts");
  return loaderOf(practices, `./${lang}/practice/${audience}.ts`, PRACTICE_EXPORT[audience]);
}
