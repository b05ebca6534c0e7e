import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { narrowLanguageGlobs } from "./offered-languages.mjs";

const source = (path: string) => readFileSync(new URL(`../src/${path}`, import.meta.url), "utf8");
const LOADERS = ["core/i18n/ui-loaders.ts", "islands/workspace/loaders.ts", "islands/child/LazyPractice.tsx"];

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
