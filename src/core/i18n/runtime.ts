import { type Catalogue, format, isPlural, pluralText, type Vars } from "./entry";
import type { UiListKey, UiMessages, UiPluralKey, UiTextKey } from "./keys";
import { isLang, LANGUAGE_INFO, type Lang } from "./languages";
import { partOfKey, type UiPart } from "./ui-parts";

/**
 * The islands' words at run time. A page with islands carries its own language's words once,
 * as JSON in <script type="application/json" id="app-messages"> (not executed, so the CSP is
 * untouched), and every island and every part loaded later reads them from here. At build
 * time the layout sets them before the islands render (Astro renders one page at a time).
 *
 * A page carries only the words its first screen can show; the late parts (ui-parts.ts) load
 * with the code that shows them: wrap that code's loader in withWords.
 */
export const MESSAGES_ELEMENT_ID = "app-messages";

export interface PageMessages {
  lang: Lang;
  /** The words the page carries: every word outside the late parts, and the late parts in `parts`. */
  ui: Partial<UiMessages>;
  /** The late parts the page carries (the session page carries the session's words, say). */
  parts: readonly UiPart[];
  /** The organisation's own wording for words that load later (late parts, plans, practice), by key. */
  overrides: Catalogue;
}

let active: { lang: Lang; ui: Record<string, unknown>; parts: Set<UiPart>; overrides: Catalogue } | undefined;
const loading = new Map<UiPart, Promise<void>>();

export function setPageMessages(messages: PageMessages): void {
  active = { ...messages, ui: { ...messages.ui }, parts: new Set(messages.parts) };
  loading.clear();
}

function current(): NonNullable<typeof active> {
  if (active) return active;
  const element = globalThis.document?.getElementById(MESSAGES_ELEMENT_ID);
  const parsed = element?.textContent ? (JSON.parse(element.textContent) as PageMessages) : undefined;
  if (!parsed || !isLang(parsed.lang)) throw new Error(`The page has no #${MESSAGES_ELEMENT_ID} words`);
  setPageMessages(parsed);
  return current();
}

/** Whether a late part's words are here, carried by the page or loaded since. */
export function hasUiPart(part: UiPart): boolean {
  return current().parts.has(part);
}

/** Loads a late part's words in the page's language, with the organisation's wording in. Once. */
export function loadUiPart(part: UiPart): Promise<void> {
  const page = current();
  if (page.parts.has(part)) return Promise.resolve();
  let promise = loading.get(part);
  if (!promise) {
    // The table of where each part is loads with the first part asked for (word-loaders.ts).
    promise = import("./word-loaders")
      .then((m) => m.uiPartLoader(page.lang, part)())
      .then((words) => {
        Object.assign(page.ui, withOverrides(words));
        page.parts.add(part);
      });
    // A failed load can be tried again (the Lazy wrapper offers that).
    promise.catch(() => loading.delete(part));
    loading.set(part, promise);
  }
  return promise;
}

/** A loader that also brings the words of `parts`, for code whose screens show them. */
export function withWords<M>(parts: UiPart | readonly UiPart[], load: () => Promise<M>): () => Promise<M> {
  const all: readonly UiPart[] = typeof parts === "string" ? [parts] : parts;
  return () => Promise.all([load(), ...all.map(loadUiPart)]).then(([module]) => module);
}

/**
 * A word asked for before its part loaded is a mistake in the code that asked. At build time
 * and in unit tests it stops with the reason; in a browser it is reported (every end-to-end
 * test fails on a console error) and the key shows, rather than the island breaking.
 */
function entryOf(key: string): unknown {
  const page = current();
  const entry = page.ui[key];
  if (entry !== undefined) return entry;
  const part = partOfKey(key);
  if (part && !page.parts.has(part)) {
    const message = `"${key}" is one of the "${part}" words, which had not loaded: load the code that shows it with withWords("${part}", …)`;
    if (typeof document === "undefined") throw new Error(message);
    console.error(message);
  }
  return undefined;
}

/** The page's language. */
export function uiLang(): Lang {
  return current().lang;
}

export function uiDir(): "ltr" | "rtl" {
  return LANGUAGE_INFO[current().lang].dir;
}

/** A sentence, with {placeholders} filled in. */
export function t(key: UiTextKey, vars?: Vars): string {
  const entry = entryOf(key);
  return typeof entry === "string" ? format(entry, vars) : key;
}

/** A list of sentences (paragraphs, steps). */
export function tList(key: UiListKey): readonly string[] {
  const entry = entryOf(key);
  return Array.isArray(entry) ? entry : [];
}

/** A sentence with a count, in the language's plural form: "1 answer", "2 answers". */
export function tCount(key: UiPluralKey, count: number, vars?: Vars): string {
  const entry = entryOf(key) as Parameters<typeof isPlural>[0];
  if (!isPlural(entry)) return key;
  return format(pluralText(LANGUAGE_INFO[current().lang].htmlLang, entry, count), vars);
}

/** The organisation's wording over a part that loaded later. */
export function withOverrides<T extends Catalogue>(words: T): T {
  const { overrides } = current();
  const out: Record<string, unknown> = { ...words };
  for (const key of Object.keys(words)) if (key in overrides) out[key] = overrides[key];
  return out as T;
}
