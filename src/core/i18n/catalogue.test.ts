import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildTemplate } from "../plans/shape";
import { shapes } from "../plans/shape-registry";
import { PLAN_KINDS } from "../plans/template";
import { CATALOGUES } from "./catalogue";
import { type Entry, isPlural, PLURAL_FORMS, placeholders } from "./entry";
import { LANGUAGES } from "./languages";
import { flatten } from "./parts";

const en = CATALOGUES.en;
const kind = (e: Entry) => (typeof e === "string" ? "sentence" : Array.isArray(e) ? "list" : "plural");

/** Every source file that may use a key: islands, core, pages, layouts and components. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Not the catalogues themselves: a key counts as used where the code names it.
    if (statSync(path).isDirectory()) return /core[/\\]i18n[/\\](en|cy|ar)$/.test(path) ? [] : sources(path);
    return /\.(ts|tsx|astro)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}
const code = sources("src")
  .map((p) => readFileSync(p, "utf8"))
  .join("\n");

describe("every language has every key", () => {
  it("keys are unique across the parts of the English catalogue", () => {
    const parts = [en.ui, en.pages, en.services, ...Object.values(en.plans), ...Object.values(en.practice)];
    const seen = new Map<string, number>();
    for (const part of parts) for (const key of Object.keys(part)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });

  for (const lang of LANGUAGES.filter((l) => l !== "en")) {
    const source = flatten(en);
    const mine = flatten(CATALOGUES[lang]);

    it(`${lang} has no key missing`, () => {
      expect(Object.keys(source).filter((k) => !(k in mine))).toEqual([]);
    });

    it(`${lang} has no key that English lacks`, () => {
      expect(Object.keys(mine).filter((k) => !(k in source))).toEqual([]);
    });

    it(`${lang} entries are the same kind as English, with the same placeholders`, () => {
      const wrong = Object.entries(source).flatMap(([key, entry]) => {
        const theirs = mine[key];
        if (theirs === undefined) return [];
        if (kind(entry) !== kind(theirs)) return [`${key}: ${kind(theirs)}, not ${kind(entry)}`];
        if (placeholders(entry).join() !== placeholders(theirs).join()) return [`${key}: placeholders differ`];
        return [];
      });
      expect(wrong).toEqual([]);
    });

    it(`${lang} plurals use only plural forms, and every entry has words`, () => {
      const bad = Object.entries(mine).filter(([, e]) => {
        if (isPlural(e)) return Object.keys(e).some((f) => !PLURAL_FORMS.includes(f as never));
        return typeof e === "string" ? e.trim() === "" : e.some((s) => (s as string).trim() === "");
      });
      expect(bad.map(([k]) => k)).toEqual([]);
    });

    it(`${lang} has nothing left in English`, () => {
      // A sentence of three words or more that is the same as the English one was not translated.
      // Names (services, "Shift") are shorter, or are not sentences.
      const same = Object.entries(source).filter(([key, entry]) => {
        const theirs = mine[key];
        const texts = (e: Entry) => (typeof e === "string" ? [e] : Array.isArray(e) ? e : Object.values(e)) as string[];
        if (theirs === undefined) return false;
        const english = new Set(texts(entry).filter((t) => t.trim().split(/\s+/).length >= 3));
        return texts(theirs).some((t) => english.has(t));
      });
      expect(same.map(([k]) => k)).toEqual([]);
    });
  }
});

describe("every key is used", () => {
  it("every word of the islands is used by an island or a core module", () => {
    // The tailored plan's library is read by ids held as data: tailoring.test.ts checks those keys.
    const byData = (key: string) => key.startsWith("tailoring.") && !key.startsWith("tailoring.ui.");
    expect(Object.keys(en.ui).filter((key) => !byData(key) && !code.includes(`"${key}"`))).toEqual([]);
  });

  it("every word of the pages is used by a page, a layout or a component", () => {
    expect(Object.keys(en.pages).filter((key) => !code.includes(`"${key}"`))).toEqual([]);
  });

  it.each(PLAN_KINDS)("every word of the %s plan is used by its template, and none is missing", (k) => {
    const used = new Set<string>();
    buildTemplate(shapes[k], en.plans[k], used);
    const words = Object.keys(en.plans[k]);
    expect(
      words.filter((key) => !used.has(key)),
      "unused",
    ).toEqual([]);
    const required = [...used].filter((key) => !/\.(hint|sentence|agreeText|printLabel|askQuestions)$/.test(key));
    expect(
      required.filter((key) => !(key in en.plans[k])),
      "missing",
    ).toEqual([]);
  });
});
