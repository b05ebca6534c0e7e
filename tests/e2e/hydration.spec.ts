import { readFileSync } from "node:fs";
import { join } from "node:path";
import { splitLangPath } from "../../src/core/i18n/languages";
import { builtPages, distDir, expect, offeredLanguages, test, waitForIslands } from "./fixtures";

/**
 * An island takes over the markup the build wrote (src/islands/boot/boot.ts): where the
 * browser's first render and Preact's disagree (an empty string Preact makes a text node of,
 * two strings the build joined into one), hydration rewrites that markup, and a phone's slow
 * CPU lays the page out a second time before it can be used (22 ms of layout at CPU 4× on the
 * child's plan: docs/benchmarks.md, 2026-12-07). So nothing inside an island may change
 * between the end of parsing and the moment it is marked hydrated. Changes its effects make
 * afterwards (a clock, a saved plan) are not this.
 */

/** Every built page with an island, by language. */
const islandPages = builtPages().filter((path) =>
  readFileSync(join(distDir, path, "index.html"), "utf8").includes('data-island="'),
);

/** Runs in the page before its own scripts: records each change inside a not-yet-hydrated island. */
function recordHydrationChanges() {
  const changes: string[] = [];
  (window as unknown as { hydrationChanges: string[] }).hydrationChanges = changes;
  const name = (n: Node) =>
    n instanceof Element
      ? `<${n.tagName.toLowerCase()}${n.className && typeof n.className === "string" ? ` class="${n.className}"` : ""}>`
      : JSON.stringify(n.textContent?.slice(0, 40));
  // The records come later, in order: an island counts as hydrated from its own mark's record.
  const hydrated = new Set<Element>();
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      const island = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest("div[data-island]");
      // Once marked, its own effects may change it.
      if (!island || hydrated.has(island)) continue;
      if (r.type === "attributes" && r.target === island && r.attributeName === "data-hydrated") {
        hydrated.add(island);
        continue;
      }
      if (r.type === "characterData") changes.push(`text ${name(r.target)} was ${JSON.stringify(r.oldValue)}`);
      else if (r.type === "attributes") changes.push(`${r.attributeName} on ${name(r.target)}`);
      else {
        for (const n of r.addedNodes) changes.push(`added ${name(n)} in ${name(r.target)}`);
        for (const n of r.removedNodes) changes.push(`removed ${name(n)} from ${name(r.target)}`);
      }
    }
  });
  // "interactive": parsed, and no module script has run yet.
  document.addEventListener("readystatechange", () => {
    if (document.readyState === "interactive")
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        characterData: true,
        characterDataOldValue: true,
        attributes: true,
      });
  });
}

for (const lang of offeredLanguages) {
  const pages = islandPages.filter((path) => splitLangPath(path).lang === lang);
  test(`hydration keeps the built markup as it is, on every page with an island (${lang})`, async ({ page }) => {
    expect(pages.length).toBeGreaterThan(0);
    await page.addInitScript(recordHydrationChanges);
    for (const path of pages) {
      await page.goto(path);
      await waitForIslands(page);
      const changes = await page.evaluate(() => (window as unknown as { hydrationChanges: string[] }).hydrationChanges);
      expect.soft(changes, path).toEqual([]);
    }
  });
}
