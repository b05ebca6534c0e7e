import { catalogue as ar } from "./ar";
import { catalogue as cy } from "./cy";
import { catalogue as en } from "./en";
import type { Catalogue, Entry } from "./entry";
import type { Lang } from "./languages";
import type { LanguageParts } from "./parts";

/**
 * Every language's catalogue, for the build and the tests. Never import this from an island:
 * a page loads only its own language's words (src/core/i18n/runtime.ts).
 */
export const CATALOGUES: Record<Lang, LanguageParts> = { en, cy, ar };

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
