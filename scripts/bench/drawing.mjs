// @ts-check
import { median } from "./browser.mjs";

/**
 * Time to handle one pointer move while drawing on the child's "Me" canvas, with real mouse
 * input from Playwright. A capturing listener on window notes when each move starts, and a
 * bubbling one on document when the canvas's own handler has finished. The browser's clock is
 * coarse (0.1 ms), so the mean is reported beside the median. It checks ink was drawn.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 */
export async function drawingPointerMove(browser, base, moves = 400) {
  const page = await browser.newPage();
  await page.goto(`${base}/plan/child/`);
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.getByRole("button", { name: /^Step \d+: Me$/ }).click();
  const canvas = page.locator("canvas.drawing");
  await canvas.evaluate((c) => c.scrollIntoView({ block: "center" }));
  const box = await canvas.boundingBox();
  if (!box) throw new Error("no canvas");
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.__moves = [];
    let start = 0;
    window.addEventListener("pointermove", () => (start = performance.now()), true);
    document.addEventListener("pointermove", () => w.__moves.push(performance.now() - start));
  });
  await page.mouse.move(box.x + 10, box.y + 10);
  await page.mouse.down();
  for (let i = 0; i < 4; i++) {
    await page.mouse.move(box.x + box.width - 10, box.y + 10 + i * 40, { steps: moves / 8 });
    await page.mouse.move(box.x + 10, box.y + 30 + i * 40, { steps: moves / 8 });
  }
  await page.mouse.up();
  // Undo becomes available once a line is drawn; if it never does, the figure means nothing.
  await page
    .getByRole("button", { name: "Undo" })
    .and(page.locator(":enabled"))
    .waitFor({ timeout: 5_000 })
    .catch(() => {
      throw new Error("nothing was drawn: the measure would be meaningless");
    });
  /** @type {number[]} */
  const samples = await page.evaluate(() => /** @type {any} */ (window).__moves);
  await page.close();
  return { median: median(samples), mean: samples.reduce((a, b) => a + b, 0) / samples.length, count: samples.length };
}
