import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { describe, expect, it } from "vitest";
import { buildTemplate } from "../plans/shape";
import { shapes } from "../plans/shape-registry";
import { PLAN_KINDS } from "../plans/template";
import { CATALOGUES, REGISTRY } from "./catalogue";
import { LANGUAGE_CHECKS } from "./language-checks";
import { LANGUAGES } from "./languages";

const en = CATALOGUES.en;

/** Each language's catalogue folder, from the one list of languages. */
const CATALOGUE_DIRS = new Set<string>(LANGUAGES.map((lang) => join("src", "core", "i18n", lang)));

/** Every source file that may use a key: islands, core, pages, layouts and components. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    // Not the catalogues themselves: a key counts as used where the code names it.
    if (statSync(path).isDirectory()) return CATALOGUE_DIRS.has(path) ? [] : sources(path);
    return /\.(ts|tsx|astro)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}
const scanned = sources("src");
const code = scanned.map((p) => readFileSync(p, "utf8")).join("\n");

describe("every language has every key", () => {
  it("keys are unique across the parts of the English catalogue", () => {
    const parts = [en.ui, en.pages, en.services, ...Object.values(en.plans), ...Object.values(en.practice)];
    const seen = new Map<string, number>();
    for (const part of parts) for (const key of Object.keys(part)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });

  // Every check in language-checks.ts, on every language in the list.
  for (const lang of LANGUAGES) {
    for (const check of LANGUAGE_CHECKS) {
      it(`${lang} ${check.name}`, () => {
        expect(check.problems(lang, REGISTRY)).toEqual([]);
      });
    }
  }
});

describe("every key is used", () => {
  it("looks only at code: no language's catalogue is among the files searched", () => {
    // A catalogue names every key, so one searched would make every key look used.
    const catalogues = LANGUAGES.map((lang) => join("src", "core", "i18n", lang) + sep);
    expect(scanned.filter((p) => catalogues.some((dir) => p.startsWith(dir)))).toEqual([]);
    expect(scanned.length).toBeGreaterThan(50);
  });

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

// The list of plans links "My safety plan" to the adult's plan: a child whose own plan's heading
// read the same tapped it to get back, and landed in the adult's.
describe("the child's plan's heading", () => {
  it.each(LANGUAGES)("in %s is not the name of another plan in the list of plans", (lang) => {
    const c = CATALOGUES[lang];
    const heading = String(c.plans.child["child.title"]).trim().toLowerCase();
    for (const kind of ["adult", "checklist", "youngPerson"])
      expect(heading).not.toBe(String(c.ui[`workspace.kind.${kind}`]).trim().toLowerCase());
  });
});
