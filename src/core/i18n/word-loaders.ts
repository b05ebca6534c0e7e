import type { PlanKind } from "../plans/constants";
import type { Catalogue } from "./entry";
import type { Lang } from "./languages";
import type { UiPart } from "./ui-parts";
import { type Found, type Loader, loaderOf } from "./words-file";

/*
 * Where each language's words that load later are: the late parts of the islands' words
 * (<lang>/ui/<part>.ts) and each plan's words (<lang>/plans/<kind>.ts); each practice's are
 * found the same way in practice-words.ts. The bundler finds every language's files and makes
 * a chunk of each, so a page fetches only its own language's, and a new language needs no line
 * here.
 *
 * This module is itself loaded when the first of them is asked for (runtime.ts, loaders.ts),
 * not with a page's first screen: its tables name a file for each language and part (about
 * 1.2 KB gzipped with seven languages), and no page's first screen needs one (its own words
 * come with the page). The globs are read when first asked for, since the end-to-end tests import this module
 * outside the bundler. scripts/offered-languages.mjs narrows them to the languages offered.
 */
let uiParts: Found | undefined;
let plans: Found | undefined;

export function uiPartLoader(lang: Lang, part: UiPart): Loader {
  uiParts ??= import.meta.glob<Record<string, Catalogue>>(
    "./*/ui/{forms,later,session,handover,record,child,steps,offer,card,list,practice,review,tailoring,phone}.ts",
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
