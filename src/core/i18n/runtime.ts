import { type Catalogue, format, isPlural, pluralText, type Vars } from "./entry";
import type { UiListKey, UiMessages, UiPluralKey, UiTextKey } from "./keys";
import { isLang, LANGUAGE_INFO, type Lang } from "./languages";

/**
 * The islands' words at run time. A page with islands carries its own language's words once,
 * as JSON in <script type="application/json" id="app-messages"> (not executed, so the CSP is
 * untouched), and every island and every part loaded later reads them from here. At build
 * time the layout sets them before the islands render (Astro renders one page at a time).
 */
export const MESSAGES_ELEMENT_ID = "app-messages";

export interface PageMessages {
  lang: Lang;
  ui: UiMessages;
  /** The organisation's own wording for words that load later (plans, practice), by key. */
  overrides: Catalogue;
}

let active: PageMessages | undefined;

export function setPageMessages(messages: PageMessages): void {
  active = messages;
}

function current(): PageMessages {
  if (active) return active;
  const element = globalThis.document?.getElementById(MESSAGES_ELEMENT_ID);
  const parsed = element?.textContent ? (JSON.parse(element.textContent) as PageMessages) : undefined;
  if (!parsed || !isLang(parsed.lang)) throw new Error(`The page has no #${MESSAGES_ELEMENT_ID} words`);
  active = parsed;
  return parsed;
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
  const entry = current().ui[key] as unknown;
  return typeof entry === "string" ? format(entry, vars) : key;
}

/** A list of sentences (paragraphs, steps). */
export function tList(key: UiListKey): readonly string[] {
  const entry = current().ui[key] as unknown;
  return Array.isArray(entry) ? entry : [];
}

/** A sentence with a count, in the language's plural form: "1 answer", "2 answers". */
export function tCount(key: UiPluralKey, count: number, vars?: Vars): string {
  const { lang, ui } = current();
  const entry = ui[key] as unknown as Parameters<typeof isPlural>[0];
  if (!isPlural(entry)) return key;
  return format(pluralText(LANGUAGE_INFO[lang].htmlLang, entry, count), vars);
}

/** The organisation's wording over a part that loaded later. */
export function withOverrides<T extends Catalogue>(words: T): T {
  const { overrides } = current();
  const out: Record<string, unknown> = { ...words };
  for (const key of Object.keys(words)) if (key in overrides) out[key] = overrides[key];
  return out as T;
}
