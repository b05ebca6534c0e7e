// @ts-check
import { build } from "esbuild";

/**
 * A hand-over to a phone with no file (core/handover), measured in Chromium with the site's own
 * code: how many codes a second the sender can draw, how long the receiving page takes to read
 * one camera frame, and how long a realistic household takes to move (with and without a
 * child's drawing, at both paces) when the camera misses 30% of the codes.
 * @param {import("@playwright/test").Browser} browser @param {string} base
 */
export async function phoneMeasures(browser, base) {
  const bundled = await build({
    entryPoints: ["scripts/bench/phone-entry.ts"],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2022",
    minify: true,
  });
  const page = await browser.newPage();
  await page.route(`${base}/__bench__/`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>bench</title><p>bench</p>" }),
  );
  await page.goto(`${base}/__bench__/`);
  await page.addScriptTag({ content: bundled.outputFiles[0]?.text ?? "" });
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
