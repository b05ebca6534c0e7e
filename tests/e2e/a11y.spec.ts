import { builtPages, expectNoAxeViolations, test, waitForIslands } from "./fixtures";

/**
 * One test per page, so a slow page or a failure names itself and no single test has to
 * check the whole site in one timeout. Each page is checked at phone and desktop widths, in
 * light and dark.
 */
const looks = [360, 1280].flatMap((width) => (["light", "dark"] as const).map((scheme) => ({ width, scheme })));

for (const path of builtPages()) {
  test(`axe finds no violations on ${path} at 360 and 1280 px, light and dark`, async ({ page }) => {
    for (const { width, scheme } of looks) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      await waitForIslands(page);
      await expectNoAxeViolations(page, `${path} at ${width}px (${scheme})`);
    }
  });
}
