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
 * A page's address without its language: "/cy/plan/adult/" → "/plan/adult/", when the site has
 * that page in English too (every language has the same pages, so the same budgets).
 * @param {string} path
 * @param {readonly string[]} pages
 */
export function plainPath(path, pages) {
  const match = /^\/[a-z]{2}(\/.*)$/.exec(path);
  return match?.[1] && pages.includes(match[1]) ? match[1] : path;
}

/**
 * Every built page, each English page followed by its twins in the other languages
 * ("/plan/adult/", "/ar/plan/adult/", "/cy/plan/adult/"), so the table compares them.
 */
export function pagesByLanguage(distDir = "dist") {
  const pages = builtPages(distDir);
  const plain = pages.filter((p) => plainPath(p, pages) === p);
  return plain.flatMap((p) => [p, ...pages.filter((q) => q !== p && plainPath(q, pages) === p)]);
}

/** @param {string} url */
async function refetch(url) {
  return Buffer.from(await (await fetch(url)).arrayBuffer());
}

/**
 * Loads each page in Chromium and adds up what it really fetches, gzipped, so lazily loaded
 * island chunks count too. Inline scripts count as JS, and so do the islands' words, which a page
 * carries as inline JSON in its own language (shown on their own as `words` too); an island's
 * props, which are the page's own data, count with its HTML.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base the server of `distDir`
 * @param {string} distDir
 */
export async function measureSizes(browser, base, distDir = "dist") {
  const rows = [];
  for (const path of pagesByLanguage(distDir)) {
    const page = await browser.newPage();
    /** @type {Map<string, Promise<Buffer>>} */
    const bodies = new Map();
    page.on("response", (r) => {
      // A body Chromium no longer holds (the page moved on, or the browser dropped it under
      // load) is fetched again from the server: the same bytes, and no unhandled rejection.
      if (r.ok())
        bodies.set(
          r.url(),
          r.body().catch(() => refetch(r.url())),
        );
    });
    await page.goto(base + path, { waitUntil: "networkidle" });
    // An island's props (script[data-island], src/islands/boot/) are the page's data, which Astro
    // wrote into an attribute before: counted with the HTML, as they were then.
    const inline = await page.$$eval("script:not([src]):not([data-island])", (ss) =>
      ss.map((s) => s.textContent ?? ""),
    );
    let js = inline.reduce((sum, s) => sum + gz(s), 0);
    const words = (
      await page.$$eval('script[type="application/json"]:not([data-island])', (ss) =>
        ss.map((s) => s.textContent ?? ""),
      )
    ).reduce((sum, s) => sum + gz(s), 0);
    let css = 0;
    let html = 0;
    for (const [url, body] of bodies) {
      const b = await body;
      if (url.endsWith(".js")) js += gz(b);
      else if (url.endsWith(".css")) css += gz(b);
      else if (new URL(url).pathname === path) html += gz(b);
    }
    rows.push({ path, js, words, css, html });
    await page.close();
  }
  return rows;
}
