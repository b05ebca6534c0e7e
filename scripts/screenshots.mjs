// @ts-check
/**
 * Screenshots of built pages at phone and desktop widths, for looking at by eye.
 * Usage: node scripts/screenshots.mjs [outDir] [path ...]  (serve the site first: npm run serve)
 */
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./chromium.mjs";

const base = process.env.BASE_URL ?? "http://localhost:4321";
const [outDir = "/tmp/shots", ...paths] = process.argv.slice(2);
const pages = paths.length > 0 ? paths : ["/", "/help/", "/staying-safe-online/", "/about/"];
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
for (const width of [360, 1280]) {
  for (const scheme of /** @type {const} */ (["light", "dark"])) {
    const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
    for (const path of pages) {
      await page.goto(base + path);
      const name = `${outDir}/${width}-${scheme}${path.replaceAll("/", "_") || "_"}.png`;
      await page.screenshot({ path: name, fullPage: process.env.FULL === "1" });
      console.log(name);
    }
    await page.close();
  }
}
await browser.close();
