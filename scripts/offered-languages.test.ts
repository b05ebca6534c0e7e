import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LANGUAGE_INFO, LANGUAGES, languageInfo } from "../src/core/i18n/languages";
import { narrowLanguageGlobs, narrowLanguageList } from "./offered-languages.mjs";

const source = (path: string) => readFileSync(new URL(`../src/${path}`, import.meta.url), "utf8");
const LOADERS = ["core/i18n/word-loaders.ts", "core/i18n/practice-words.ts"];

describe("narrowing the words' loaders to the languages offered", () => {
  it.each(LOADERS)("%s finds only the offered languages' folders", (path) => {
    const narrowed = narrowLanguageGlobs(source(path), ["en", "cy"]);
    expect(narrowed).toMatch(/"(\.\/|(\.\.\/)+core\/i18n\/)\{en,cy\}\/(ui|plans|practice)\//);
    expect(narrowed).not.toMatch(/"(\.\/|(\.\.\/)+core\/i18n\/)\*\//);
  });

  it("writes one language without braces, which a glob would read as a folder named {en}", () => {
    expect(narrowLanguageGlobs(`import.meta.glob("./*/ui/{forms,later}.ts")`, ["en"])).toBe(
      `import.meta.glob("./en/ui/{forms,later}.ts")`,
    );
  });
});

describe("narrowing the browser's list of languages to those offered", () => {
  const list = source("core/i18n/languages.ts");

  it("keeps only the offered entries", () => {
    const narrowed = narrowLanguageList(list, ["en", "ar"]);
    expect([...narrowed.matchAll(/\bcode: "([a-z]{2})"/g)].map((m) => m[1])).toEqual(["en", "ar"]);
    expect(narrowed).not.toContain('code: "cy"');
  });

  // The browser's LANGUAGE_INFO fills in what the entry leaves out: each language must read there
  // exactly as the whole list says (direction, page language, voice).
  it.each(LANGUAGES)("%s: the browser's entry, with the defaults filled in, reads as the whole one", (code) => {
    const narrowed = narrowLanguageList(list, [code]);
    const entry = narrowed.slice(narrowed.indexOf("export const LANGUAGE_LIST"), narrowed.indexOf("] as const"));
    const fields = Object.fromEntries([...entry.matchAll(/(\w+): "([^"]*)"/g)].map((m) => [m[1], m[2]]));
    const read = languageInfo({ code, ...fields });
    const { dir, htmlLang, voicePrefix } = LANGUAGE_INFO[code];
    expect({ dir: read.dir, htmlLang: read.htmlLang, voicePrefix: read.voicePrefix }).toEqual({
      dir,
      htmlLang,
      voicePrefix,
    });
  });

  it("leaves out what only the build reads: names, labels and defaults", () => {
    const whole = narrowLanguageList(list, ["en", "ar"]);
    const narrowed = whole.slice(whole.indexOf("export const LANGUAGE_LIST"));
    for (const field of ["name", "englishName", "quality", "offeredByDefault"])
      expect(narrowed, field).not.toMatch(new RegExp(`^\\s*${field}:`, "m"));
    expect(narrowed).not.toContain("العربية");
  });

  it("fails the build when a language offered is not in the list", () => {
    expect(() => narrowLanguageList(list, ["en", "xx"])).toThrow(/the site offers en, xx/);
  });
});
