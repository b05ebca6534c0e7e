// @ts-check
import { median } from "./browser.mjs";

/**
 * Time from the input event (its timeStamp) to the page being hidden, in the exit's own
 * event. The exit hides the page, then announces "quickexit"; the listener checks the page
 * really is hidden and notes the time. The exit URL answers 204 so the page stays put.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 * @param {string} exitUrl
 * @param {"click" | "keyboard"} how
 */
export async function quickExitLatency(browser, base, exitUrl, how, tries = 20) {
  const page = await browser.newPage();
  await page.route(`${new URL(exitUrl).origin}/**`, (route) => route.fulfill({ status: 204 }));
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__inputAt = 0;
    for (const type of ["click", "keyup"]) {
      window.addEventListener(type, (e) => (w.__inputAt = e.timeStamp), true);
    }
    window.addEventListener("quickexit", () => {
      if (document.documentElement.style.display === "none") w.__hiddenAt = performance.now();
    });
  });
  const samples = [];
  for (let i = 0; i < tries; i++) {
    await page.goto(`${base}/help/`);
    if (how === "click") {
      await page.locator("#qe-link").click();
    } else {
      for (let n = 0; n < 3; n++) await page.keyboard.press("Shift");
    }
    await page.waitForFunction(() => /** @type {any} */ (window).__hiddenAt > 0);
    samples.push(
      await page.evaluate(() => /** @type {any} */ (window).__hiddenAt - /** @type {any} */ (window).__inputAt),
    );
  }
  await page.close();
  return median(samples);
}
