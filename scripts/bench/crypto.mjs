// @ts-check
import { build } from "esbuild";

/**
 * Times unlock, autosave, export and import in Chromium, on a page of the local origin (a
 * secure context, as WebCrypto needs) served by Playwright's router, not the site.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 */
export async function cryptoTimings(browser, base) {
  const bundled = await build({
    entryPoints: ["scripts/bench/crypto-entry.ts"],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2022",
    minify: true,
  });
  const script = bundled.outputFiles[0]?.text ?? "";
  const page = await browser.newPage();
  await page.route(`${base}/__bench__/`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>bench</title><p>bench</p>" }),
  );
  await page.goto(`${base}/__bench__/`);
  await page.addScriptTag({ content: script });
  /** @type {{ unlock: number, autosave: number, exportFile: number, importFile: number, bytes: number }} */
  const result = await page.evaluate(() => /** @type {any} */ (window).bench());
  await page.close();
  return result;
}
