import { READERS } from "../plans/readability";
import type { Registry } from "./catalogue";
import { type Entry, isPlural, PLURAL_FORMS, placeholders } from "./entry";
import { SOURCE_LANG } from "./languages";
import { flatten } from "./parts";

/**
 * The checks every language passes, as functions of the registry, so that the tests run each
 * one on every language in the list (catalogue.test.ts), and a test can show that a language
 * it makes up is checked too (registry.test.ts). Each returns its problems, one line each.
 */
export interface LanguageCheck {
  name: string;
  problems(lang: string, registry: Registry): string[];
}

const kind = (e: Entry) => (typeof e === "string" ? "sentence" : Array.isArray(e) ? "list" : "plural");
const texts = (e: Entry) => (typeof e === "string" ? [e] : Array.isArray(e) ? e : Object.values(e)) as string[];

/** The source's keys and this language's, flat; none to compare for the source itself. */
function pair(lang: string, registry: Registry) {
  const source = registry[SOURCE_LANG];
  const mine = registry[lang];
  if (!source || !mine || lang === SOURCE_LANG) return undefined;
  return { source: flatten(source.catalogue), mine: flatten(mine.catalogue) };
}

export const LANGUAGE_CHECKS: readonly LanguageCheck[] = [
  {
    name: "has no key missing",
    problems: (lang, registry) => {
      const p = pair(lang, registry);
      return p ? Object.keys(p.source).filter((k) => !(k in p.mine)) : [];
    },
  },
  {
    name: "has no key that English lacks",
    problems: (lang, registry) => {
      const p = pair(lang, registry);
      return p ? Object.keys(p.mine).filter((k) => !(k in p.source)) : [];
    },
  },
  {
    name: "entries are the same kind as English, with the same placeholders",
    problems: (lang, registry) => {
      const p = pair(lang, registry);
      if (!p) return [];
      return Object.entries(p.source).flatMap(([key, entry]) => {
        const theirs = p.mine[key];
        if (theirs === undefined) return [];
        if (kind(entry) !== kind(theirs)) return [`${key}: ${kind(theirs)}, not ${kind(entry)}`];
        if (placeholders(entry).join() !== placeholders(theirs).join()) return [`${key}: placeholders differ`];
        return [];
      });
    },
  },
  {
    name: "plurals use only plural forms, and every entry has words",
    problems: (lang, registry) => {
      const mine = registry[lang] ? flatten(registry[lang].catalogue) : {};
      return Object.entries(mine)
        .filter(([, e]) => {
          if (isPlural(e)) return Object.keys(e).some((f) => !PLURAL_FORMS.includes(f as never));
          return texts(e).some((s) => s.trim() === "");
        })
        .map(([k]) => k);
    },
  },
  {
    name: "has nothing left in English",
    // A sentence of three words or more that is the same as the English one was not translated.
    // Names (services, "Shift") are shorter, or are not sentences.
    problems: (lang, registry) => {
      const p = pair(lang, registry);
      if (!p) return [];
      return Object.entries(p.source)
        .filter(([key, entry]) => {
          const theirs = p.mine[key];
          if (theirs === undefined) return false;
          const english = new Set(texts(entry).filter((t) => t.trim().split(/\s+/).length >= 3));
          return texts(theirs).some((t) => english.has(t));
        })
        .map(([k]) => k);
    },
  },
  {
    name: "has its rules: words that reveal the site's purpose, and reading limits",
    problems: (lang, registry) => {
      const rules = registry[lang]?.rules;
      const out: string[] = [];
      if (!rules || rules.revealing.length === 0) out.push(`src/core/i18n/${lang}/rules.ts: no revealing words`);
      for (const reader of READERS) {
        if (!rules?.readingLimits[reader]) out.push(`src/core/i18n/${lang}/rules.ts: no reading limits for ${reader}`);
      }
      return out;
    },
  },
];
