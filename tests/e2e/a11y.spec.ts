import AxeBuilder from "@axe-core/playwright";
import { builtPages, expect, test } from "./fixtures";

const widths = [360, 1280];

for (const width of widths) {
  for (const scheme of ["light", "dark"] as const) {
    test(`axe finds no violations on any page at ${width}px (${scheme})`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of builtPages()) {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        expect(summary, path).toEqual([]);
      }
    });
  }
}
