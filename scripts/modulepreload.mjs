// @ts-check
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { hintFirstScreenFiles } from "./compile-hints.mjs";

/**
 * The browser finds a module script's imports only once that file has arrived and been parsed,
 * and theirs after that: on a plan page that was a chain of three round trips behind 50 KB of
 * markup. A `<link rel="modulepreload">` in
 * <head> for every file of the page script's static import graph lets the browser fetch and compile
 * them all while it is still parsing. The graph is the bundler's own (each chunk's static
 * `imports`), read as the browser build writes it, so the links always match the files; what
 * loads later through import() is never preloaded, so no page fetches more than before. The
 * larger of those first files also carry Chromium's compile hint (compile-hints.mjs).
 */

/** @typedef {Record<string, readonly string[]>} ImportGraph file name ("_astro/x.js") → its static imports */

/** A module script with a file: how the site starts its islands (src/islands/boot/). */
const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*>/g;
const SRC = /\ssrc="([^"]+)"/;

/**
 * The files a page's module scripts load at once, then everything they import statically,
 * breadth first. Paths as the page writes them ("/_astro/x.js").
 * @param {string} html
 * @param {ImportGraph} graph
 */
export function preloadsFor(html, graph) {
  /** @type {string[]} */
  const entries = [];
  for (const [tag] of html.matchAll(MODULE_SCRIPT)) {
    const url = SRC.exec(tag)?.[1];
    if (url) entries.push(url);
  }
  const seen = new Set(entries);
  const queue = [...entries];
  while (queue.length) {
    const url = /** @type {string} */ (queue.shift());
    const file = url.replace(/^\//, "");
    const imports = graph[file];
    if (!imports) throw new Error(`modulepreload: ${file} is not in the browser build's graph`);
    for (const dep of imports) {
      const depUrl = `/${dep}`;
      if (seen.has(depUrl)) continue;
      seen.add(depUrl);
      queue.push(depUrl);
    }
  }
  return [...seen];
}

/**
 * The page with a modulepreload link for each of its islands' first files at the end of
 * <head>, or unchanged when it has no island. After the CSP meta tag, which governs only what
 * comes after it, and after the stylesheets, which hold up the first paint and so are asked for
 * first (a host has only so many connections open at once).
 * @param {string} html
 * @param {ImportGraph} graph
 */
export function withPreloads(html, graph) {
  const urls = preloadsFor(html, graph);
  if (!urls.length) return html;
  const links = urls.map((u) => `<link rel="modulepreload" href="${u}">`).join("");
  const at = html.indexOf("</head>");
  if (at < 0) throw new Error("modulepreload: the page has no <head> to put the links in");
  return html.slice(0, at) + links + html.slice(at);
}

/**
 * The integration: a Vite plugin keeps the browser build's import graph, and once the pages
 * are written each page with islands gets its links.
 * @returns {import("astro").AstroIntegration}
 */
export default function modulePreload() {
  /** @type {ImportGraph} */
  const graph = {};
  return {
    name: "module-preload",
    hooks: {
      "astro:config:setup": ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: "module-preload-graph",
                applyToEnvironment: (environment) => environment.name === "client",
                // Once written: by then the bundler has dropped the chunks that held only CSS
                // (and the imports of them), so the graph names only files that exist.
                writeBundle(_options, bundle) {
                  for (const chunk of Object.values(bundle))
                    if (chunk.type === "chunk") graph[chunk.fileName] = [...chunk.imports];
                },
              },
            ],
          },
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries = await readdir(out, { withFileTypes: true, recursive: true });
        let pages = 0;
        /** @type {Set<string>} every file some page loads as it starts */
        const firstScreen = new Set();
        for (const e of entries) {
          if (!e.isFile() || !e.name.endsWith(".html")) continue;
          const file = join(e.parentPath, e.name);
          const html = await readFile(file, "utf8");
          const next = withPreloads(html, graph);
          for (const url of preloadsFor(html, graph)) {
            if (!existsSync(join(out, url)))
              throw new Error(`modulepreload: ${file} would preload ${url}, which was not written`);
            firstScreen.add(url);
          }
          if (next === html) continue;
          await writeFile(file, next);
          pages++;
        }
        const hinted = await hintFirstScreenFiles(out, firstScreen);
        logger.info(`modulepreload links for the islands of ${pages} pages; compile hint in ${hinted} files`);
      },
    },
  };
}
