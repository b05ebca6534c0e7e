import { localPath } from "../../src/core/i18n/languages";
import { builtPages, EXIT_URL, exitLink, expect, offeredLanguages, stubExit, test } from "./fixtures";

/**
 * With privacy.spec.ts, what `npm run check-site` runs against an organisation's own build and
 * configuration: every page loads, and the quick exit goes to the organisation's exit page (the
 * privacy spec adds: no request leaves the site, and the headers are the build's). Nothing here
 * assumes a setting, so `npm test` runs it too, against the tests' own build.
 */
const pages = builtPages();
const offered = offeredLanguages;

test("every page of the build loads, and its quick exit is a link to the exit page", async ({ request }) => {
  expect(pages.length).toBeGreaterThan(5);
  for (const path of pages) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const tag = /<a\b[^>]*data-quick-exit[^>]*>/.exec(await response.text())?.[0] ?? "";
    expect(tag.replaceAll("&amp;", "&"), path).toContain(`href="${EXIT_URL}"`);
  }
});

for (const lang of offered) {
  test(`in ${lang}, the exit button and Shift ×3 both go to the exit page`, async ({ page }) => {
    await stubExit(page);
    await page.goto(localPath(lang, "/"));
    await exitLink(page, lang).click();
    await page.waitForURL(EXIT_URL);
    await page.goto(localPath(lang, "/help/"));
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await page.waitForURL(EXIT_URL);
  });
}
