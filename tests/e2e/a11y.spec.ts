import {
  AXE_WIDTHS,
  builtPages,
  COLOUR_RULES,
  expectNoAxeViolations,
  resizeTo,
  test,
  waitForIslands,
} from "./fixtures";

/**
 * One test per page, so a slow page or a failure names itself. Every page of the build is
 * checked, in every language it is built in (/, /cy/…, /ar/…: the Arabic pages right to left),
 * at phone and desktop widths, in light and dark. The page loads once: the width changes in
 * place (layout follows at once), and the dark scheme, which changes only colours, is checked
 * by the colour rules.
 */
for (const path of builtPages()) {
  test(`axe finds no violations on ${path} at ${AXE_WIDTHS.join(" and ")} px, light and dark`, async ({ page }) => {
    await page.setViewportSize({ width: AXE_WIDTHS[0], height: 800 });
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(path);
    await waitForIslands(page);
    for (const width of AXE_WIDTHS) {
      await resizeTo(page, width);
      await page.emulateMedia({ colorScheme: "light" });
      await expectNoAxeViolations(page, `${path} at ${width}px (light)`);
      await page.emulateMedia({ colorScheme: "dark" });
      await expectNoAxeViolations(page, `${path} at ${width}px (dark)`, { rules: COLOUR_RULES });
    }
  });
}
