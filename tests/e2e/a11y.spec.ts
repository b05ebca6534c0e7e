import { builtPages, expectNoAxeViolations, test } from "./fixtures";

const widths = [360, 1280];

for (const width of widths) {
  for (const scheme of ["light", "dark"] as const) {
    test(`axe finds no violations on any page at ${width}px (${scheme})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of builtPages()) {
        await page.goto(path);
        await expectNoAxeViolations(page, path);
      }
    });
  }
}
