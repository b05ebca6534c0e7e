// @ts-check
/**
 * One stylesheet per page. Astro links a page's CSS as one file per part of the site it uses
 * (a plan page linked five: the base, the forms, the child's pages, the phone hand-over, the
 * tailored plan). Every stylesheet holds up the first paint, and on a slow phone each request
 * costs main-thread time of its own: with the CPU slowed 4×, a plan page painted about 60 ms
 * sooner with its five files joined into one (docs/benchmarks.md). So once the pages are
 * written, each page's stylesheets are joined, in the page's order (the cascade is unchanged),
 * into one file named by its content; pages with the same set share it. Files no page links any
 * more are removed.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const LINK = /<link rel="stylesheet" href="(\/_astro\/[^"]+\.css)">/g;

/** The stylesheets a page links, in order. @param {string} html */
export function stylesheetsOf(html) {
  return [...html.matchAll(LINK)].map((m) => /** @type {string} */ (m[1]));
}

/**
 * The page with its stylesheet links replaced by one link to `href`, where the first of them
 * stood (before the module preloads, as the first paint waits for it).
 * @param {string} html
 * @param {string} href
 */
export function withOneStylesheet(html, href) {
  let first = true;
  return html.replace(LINK, () => {
    if (!first) return "";
    first = false;
    return `<link rel="stylesheet" href="${href}">`;
  });
}

/**
 * The files' text joined, with what would break when it is not at the start of a file refused:
 * `@import` and `@charset` only work first, so joining would silently drop them.
 * @param {Array<{ href: string, text: string }>} files
 */
export function joinStylesheets(files) {
  for (const { href, text } of files)
    if (/@import|@charset/.test(text))
      throw new Error(`one-stylesheet: ${href} has an @import or @charset, which only works at the start of a file`);
  return files.map((f) => f.text.trimEnd()).join("\n");
}

/** A neutral name from the content (file names must not say what the site is for). @param {string} css */
export function nameFor(css) {
  return `/_astro/${createHash("sha256").update(css).digest("base64url").slice(0, 10)}.css`;
}

/** @returns {import("astro").AstroIntegration} */
export default function oneStylesheet() {
  return {
    name: "one-stylesheet",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const entries = await readdir(out, { withFileTypes: true, recursive: true });
        const pages = entries.filter((e) => e.isFile() && e.name.endsWith(".html"));
        /** @type {Set<string>} */
        const joined = new Set();
        /** @type {Set<string>} */
        const linked = new Set();
        for (const e of pages) {
          const file = join(e.parentPath, e.name);
          const html = await readFile(file, "utf8");
          const hrefs = stylesheetsOf(html);
          if (hrefs.length < 2) {
            for (const h of hrefs) linked.add(h);
            continue;
          }
          const files = await Promise.all(
            hrefs.map(async (href) => ({ href, text: await readFile(join(out, href), "utf8") })),
          );
          const css = joinStylesheets(files);
          const href = nameFor(css);
          if (!existsSync(join(out, href))) await writeFile(join(out, href), css);
          for (const h of hrefs) joined.add(h);
          linked.add(href);
          await writeFile(file, withOneStylesheet(html, href));
        }
        // A file only joined into others is gone; one some page still links alone stays.
        const unused = [...joined].filter((h) => !linked.has(h));
        // Nothing else may ask for a removed file (the islands' code loads no CSS of its own).
        for (const e of entries.filter((e) => e.isFile() && e.name.endsWith(".js"))) {
          const js = await readFile(join(e.parentPath, e.name), "utf8");
          const named = unused.find((h) => js.includes(h.slice("/_astro/".length)));
          if (named)
            throw new Error(
              `one-stylesheet: ${e.name} names ${named}, which every page now has joined into another file`,
            );
        }
        await Promise.all(unused.map((h) => rm(join(out, h))));
        logger.info(`one stylesheet a page: ${linked.size} files, ${unused.length} parts joined and removed`);
      },
    },
  };
}
