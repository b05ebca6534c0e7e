// @ts-check
import { benchPage } from "./browser.mjs";

/**
 * Times unlock, autosave, export and import in Chromium, on a page of the local origin (a
 * secure context, as WebCrypto needs) served by Playwright's router, not the site.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 */
export async function cryptoTimings(browser, base) {
  const page = await benchPage(browser, base, "scripts/bench/crypto-entry.ts");
  /** @type {{ unlock: number, autosave: number, exportFile: number, importFile: number, bytes: number }} */
  const result = await page.evaluate(() => /** @type {any} */ (window).bench());
  await page.close();
  return result;
}
