import axe from "axe-core";
import { JSDOM } from "jsdom";
import { describe, expect, test } from "vitest";
import { LANGUAGES, splitLangPath } from "../../src/core/i18n/languages";
import { builtPages, pageHtml } from "./site";

/**
 * axe on every page as built, in every language of the list, without a browser: the rules that
 * read the document alone (names, labels, roles, ARIA, headings, landmarks, lang, duplicate ids,
 * list structure…). The rules that need layout or colour cannot be judged here, so they are left
 * to the browser (tests/e2e/a11y.spec.ts), which runs every rule, at 360 and 1280 px, light and
 * dark, in English and in a right-to-left language: colour is the same CSS in every language,
 * and layout differs by direction.
 */
const NEEDS_LAYOUT = [
  "color-contrast",
  "color-contrast-enhanced",
  "link-in-text-block",
  "target-size",
  "scrollable-region-focusable",
  "css-orientation-lock",
  "avoid-inline-spacing",
];

/** Runs axe on the page's HTML in jsdom (no script of the page runs) and gives each violation. */
async function axeViolations(html: string): Promise<string[]> {
  const dom = new JSDOM(html, { runScripts: "outside-only", pretendToBeVisual: true });
  try {
    dom.window.eval(axe.source);
    const run = (dom.window as unknown as { axe: typeof axe }).axe;
    const results = await run.run(dom.window.document, {
      rules: Object.fromEntries(NEEDS_LAYOUT.map((id) => [id, { enabled: false }])),
      resultTypes: ["violations"],
    });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  } finally {
    dom.window.close();
  }
}

const pages = builtPages();
describe.each(LANGUAGES)("axe, in %s, without layout", (lang) => {
  test.each(pages.filter((p) => splitLangPath(p).lang === lang))("%s", async (path) => {
    expect(await axeViolations(pageHtml(path)), path).toEqual([]);
  });
});
