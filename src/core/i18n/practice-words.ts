import type { Audience } from "../practice/types";
import type { Catalogue } from "./entry";
import type { Lang } from "./languages";
import { type Found, type Loader, loaderOf } from "./words-file";

/*
 * Each practice's words, by language (<lang>/practice/<audience>.ts), found as word-loaders.ts
 * finds the others, but apart from them: a practice page's first screen is practice, so this
 * small table comes with its code (LazyPractice.tsx) rather than a round trip later, and the
 * larger tables of the other words stay out of it. scripts/offered-languages.mjs narrows the
 * glob to the languages offered.
 */
let practices: Found | undefined;

/** The name each practice's words are exported by, in every language's practice/<audience>.ts. */
const PRACTICE_EXPORT: Record<Audience, string> = { child: "childPractice", "young-person": "youngPersonPractice" };

export function practiceWordsLoader(lang: Lang, audience: Audience): Loader {
  practices ??= import.meta.glob<Record<string, Catalogue>>("./*/practice/*.ts");
  return loaderOf(practices, `./${lang}/practice/${audience}.ts`, PRACTICE_EXPORT[audience]);
}
