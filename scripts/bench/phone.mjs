// @ts-check
import { benchPage } from "./browser.mjs";

/**
 * A hand-over to a phone with no file (core/handover), measured in Chromium with the site's own
 * code: how many codes a second the sender can draw, how long the receiving page takes to read
 * one camera frame, and how long a realistic household takes to move (with and without a
 * child's drawing, at both paces) when the camera misses 30% of the codes.
 * @param {import("@playwright/test").Browser} browser @param {string} base
 */
export async function phoneMeasures(browser, base) {
  const page = await benchPage(browser, base, "scripts/bench/phone-entry.ts");
  const call = (/** @type {string} */ name) => page.evaluate((n) => /** @type {any} */ (window)[n](), name);
  const framesPerSecond = /** @type {number} */ (await call("framesPerSecond"));
  const decodeMs = /** @type {number} */ (await call("decodeMs"));
  const transfers =
    /** @type {Array<{ name: string, pace: string, bytes: number, pieces: number, seconds: number[], perSecond: number }>} */ (
      await call("transfers")
    );
  await page.close();
  return { framesPerSecond, decodeMs, transfers };
}
