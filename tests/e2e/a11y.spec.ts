import {
  AXE_WIDTHS,
  builtPages,
  COLOUR_RULES,
  expectNoAxeViolations,
  inLayoutLanguage,
  resizeTo,
  test,
  waitForIslands,
} from "./fixtures";

/**
 * In a browser, every rule, layout and colour included: every page in English and in the first
 * right-to-left language of the list (Arabic), whose layout differs by its direction. Colour is
 * the same CSS in every language, and a left-to-right language lays out as English does, so the
 * other languages' pages get axe's rules that need no layout, on the built pages, in
 * tests/built/axe.test.ts (as every language does).
 *
 * One test per page, so a slow page or a failure names itself, at phone and desktop widths, in
 * light and dark. The page loads once: the width changes in place (layout follows at once), and
 * the dark scheme, which changes only colours, is checked by the colour rules.
 */
for (const path of builtPages().filter(inLayoutLanguage)) {
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
