import { builtPages, expectNoAxeViolations, test, waitForIslands } from "./fixtures";

/**
 * One test per page and width, so a slow page or a failure names itself and no single test has
 * to check much in one timeout. Every page of the build is checked, in every language it is
 * built in (/, /cy/…, /ar/…: the Arabic pages right to left), at phone and desktop widths, in
 * light and dark.
 */
const schemes = ["light", "dark"] as const;

for (const path of builtPages()) {
  for (const width of [360, 1280]) {
    test(`axe finds no violations on ${path} at ${width} px, light and dark`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      for (const scheme of schemes) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        await waitForIslands(page);
        await expectNoAxeViolations(page, `${path} at ${width}px (${scheme})`);
      }
    });
  }
}
