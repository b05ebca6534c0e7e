// @ts-check
import { readdirSync } from "node:fs";
import { gzipSync } from "node:zlib";

const gz = (/** @type {string | Buffer} */ text) => gzipSync(text, { level: 9 }).length;

/** Every built page path ("/", "/help/", …). */
export function builtPages(distDir = "dist") {
  return readdirSync(distDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("index.html"))
    .map((f) => `/${f.replace(/index\.html$/, "")}`)
    .sort();
}

/**
 * Loads each page in Chromium and adds up what it really fetches, gzipped, so lazily loaded
 * island chunks count too. Inline scripts count as JS.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 */
export async function measureSizes(browser, base) {
  const rows = [];
  for (const path of builtPages()) {
    const page = await browser.newPage();
    /** @type {Map<string, Promise<Buffer>>} */
    const bodies = new Map();
    page.on("response", (r) => {
      if (r.ok()) bodies.set(r.url(), r.body());
    });
    await page.goto(base + path, { waitUntil: "networkidle" });
    const inline = await page.$$eval("script:not([src])", (ss) => ss.map((s) => s.textContent ?? ""));
    let js = inline.reduce((sum, s) => sum + gz(s), 0);
    let css = 0;
    let html = 0;
    for (const [url, body] of bodies) {
      const b = await body;
      if (url.endsWith(".js")) js += gz(b);
      else if (url.endsWith(".css")) css += gz(b);
      else if (new URL(url).pathname === path) html += gz(b);
    }
    rows.push({ path, js, css, html });
    await page.close();
  }
  return rows;
}
