import type { Catalogue } from "./entry";
import type { Lang } from "./languages";
import type { UiPart } from "./ui-parts";

type Loader = () => Promise<Catalogue>;

/**
 * Each late part of the islands' words, by language, as its own chunk: a page fetches only its
 * own language's part, and only when the code that shows it loads (runtime.ts, loadUiPart).
 * The bundler finds every language's files (src/core/i18n/<lang>/ui/<part>.ts, each exporting
 * the part by its name) and makes a chunk of each; a new language needs no line here. Found
 * when first asked for, since the end-to-end tests import this module outside the bundler.
 */
let found: Record<string, () => Promise<Record<string, Catalogue>>> | undefined;

export function uiPartLoader(lang: Lang, part: UiPart): Loader {
  found ??= import.meta.glob<Record<string, Catalogue>>(
    "./*/ui/{forms,later,session,handover,record,child,steps,tailoring,phone}.ts",
  );
  const load = found[`./${lang}/ui/${part}.ts`];
  if (!load) throw new Error(`src/core/i18n/${lang}/ui/${part}.ts is missing`);
  return () => load().then((m) => m[part] as Catalogue);
}
