import * as ar from "./ar";
import * as cy from "./cy";
import * as en from "./en";
import type { Catalogue, Entry } from "./entry";
import { LANGUAGE_INFO, LANGUAGES, type Lang, type LanguageInfo } from "./languages";
import * as pa from "./pa";
import type { LanguageParts } from "./parts";
import * as pl from "./pl";
import * as ro from "./ro";
import type { LanguageRules } from "./rules";
import * as ur from "./ur";

/** A language as the build and the tests know it: its entry in the list, its words, its rules. */
export interface LanguageEntry {
  info: LanguageInfo;
  catalogue: LanguageParts;
  rules: LanguageRules;
}

/** The languages by code. The build's is REGISTRY; a test may pass one with a made-up language. */
export type Registry = Readonly<Record<string, LanguageEntry>>;

/**
 * Each language's folder, by code. TypeScript asks for a language here once it is in
 * LANGUAGE_LIST (languages.ts): these are plain imports, not a search of the folders, because
 * the end-to-end tests read the configuration outside the bundler.
 */
const FOLDERS: Record<Lang, { catalogue: LanguageParts; rules: LanguageRules }> = { en, cy, ar, pl, ro, ur, pa };

/**
 * Every language: the build and the tests go through this (never import it from an island: a
 * page loads only its own language's words, src/core/i18n/runtime.ts).
 */
export const REGISTRY: Record<Lang, LanguageEntry> = Object.fromEntries(
  LANGUAGES.map((code) => [code, { info: LANGUAGE_INFO[code], ...FOLDERS[code] }]),
) as Record<Lang, LanguageEntry>;

/** Every language's catalogue, for the build and the tests. */
export const CATALOGUES: Record<Lang, LanguageParts> = Object.fromEntries(
  LANGUAGES.map((code) => [code, FOLDERS[code].catalogue]),
) as Record<Lang, LanguageParts>;

type Overrides = Partial<Record<Lang, Readonly<Record<string, Entry>>>>;

function over(part: Catalogue, mine: Readonly<Record<string, Entry>> | undefined): Catalogue {
  if (!mine) return part;
  const out: Record<string, Entry> = { ...part };
  for (const key of Object.keys(part)) {
    const entry = mine[key];
    if (entry !== undefined) out[key] = entry;
  }
  return out;
}

/** A language's catalogue with the organisation's own wording (config `messages`) put in. */
export function catalogueWith(lang: Lang, overrides: Overrides): LanguageParts {
  const parts = CATALOGUES[lang];
  const mine = overrides[lang];
  const each = <K extends string>(group: Record<K, Catalogue>) =>
    Object.fromEntries(Object.entries<Catalogue>(group).map(([k, v]) => [k, over(v, mine)])) as Record<K, Catalogue>;
  return {
    ui: over(parts.ui, mine),
    pages: over(parts.pages, mine),
    services: over(parts.services, mine),
    plans: each(parts.plans),
    practice: each(parts.practice),
  };
}
