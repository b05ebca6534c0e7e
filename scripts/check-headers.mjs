// @ts-check
/**
 * Compares a live site's headers with the build's, so a host left with an old policy (one
 * whose script hashes no longer match the pages) is caught before Shift ×3 and the plan
 * editor stop working.
 *
 *   npm run check-headers -- https://plans.example.org/
 *   npm run check-headers -- https://plans.example.org/ --out orgs/dist-acme
 *
 * It fetches every page of the build (and one missing page, since error pages need the
 * headers too), names every header that is missing or different and every page of the build
 * that the site does not serve, and exits with 1 on any of them (2 when the site cannot be
 * reached).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { compareHeaders, headersForPath, pageHeaders, parseHeadersFile } from "./headers.mjs";
import { siteOutDir } from "./site-paths.mjs";

/** @param {string} out */
export function builtPaths(out) {
  return readdirSync(out, { recursive: true, encoding: "utf8" })
    .filter((f) => f === "index.html" || f.endsWith("/index.html"))
    .map((f) => `/${relative(out, join(out, f)).replace(/index\.html$/, "")}`)
    .sort();
}

/**
 * Checks each page under base against the build in out. Returns the lines to print and
 * whether every page matched.
 * @param {string} base
 * @param {string} out
 */
export async function checkSite(base, out) {
  const headersText = readFileSync(join(out, "_headers"), "utf8");
  const expected = parseHeadersFile(headersText);
  if (expected.length === 0) throw new Error(`${join(out, "_headers")} lists no headers`);
  const root = new URL(base.endsWith("/") ? base : `${base}/`);
  const pages = builtPaths(out);
  const paths = [...pages, "/a-page-that-does-not-exist/"];
  /** @type {Map<string, string[]>} */
  const problems = new Map();
  /** Pages of the build the site does not serve: an old or half-uploaded folder. */
  const absent = [];
  for (const path of paths) {
    const url = new URL(path.slice(1), root);
    const response = await fetch(url, { signal: AbortSignal.timeout(20_000) });
    await response.arrayBuffer();
    if (pages.includes(path) && !response.ok) {
      absent.push(`${path}: not found (${response.status}), though the build has it`);
    }
    const own = headersForPath(headersText, path);
    // A page's own header replaces the one of the same name (the receiving page's camera).
    const found = compareHeaders(pageHeaders(headersText, path), (name) => response.headers.get(name));
    // Clear-Site-Data anywhere else would delete a saved plan and hold pages up while it works.
    if (response.headers.has("clear-site-data") && !own.some(([name]) => name.toLowerCase() === "clear-site-data")) {
      found.push('extra: Clear-Site-Data (only the page after "Delete everything" may send it)');
    }
    // HTTPS sites should also tell browsers to keep to HTTPS (the host sends it: docs/deploy.md).
    if (url.protocol === "https:" && !response.headers.has("strict-transport-security")) {
      found.push("missing: Strict-Transport-Security (send it from the HTTPS server: docs/deploy.md)");
    }
    for (const problem of found) problems.set(problem, [...(problems.get(problem) ?? []), path]);
  }
  const lines = [...problems].map(([problem, where]) => {
    const on = where.length === paths.length ? "every page" : where.join(", ");
    return `${problem}\n    on ${on}`;
  });
  lines.push(...absent);
  const ok = problems.size === 0 && absent.length === 0;
  const plural = (/** @type {number} */ n, /** @type {string} */ word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  lines.push(
    ok
      ? `${root.href}: all ${paths.length} pages send the headers of ${out}.`
      : `${root.href}: ${[
          problems.size > 0 ? plural(problems.size, "header problem") : "",
          absent.length > 0 ? `${plural(absent.length, "page")} of the build not on the site` : "",
        ]
          .filter(Boolean)
          .join(", ")} (the build is ${out}).`,
  );
  return { ok, lines };
}

/** @param {string[]} args */
function parseArgs(args) {
  const outAt = args.indexOf("--out");
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  const rest = outAt >= 0 ? args.filter((_, i) => i !== outAt && i !== outAt + 1) : args;
  return { base: rest[0], out: resolve(out ?? siteOutDir()) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { base, out } = parseArgs(process.argv.slice(2));
  if (!base || !/^https?:\/\//.test(base)) {
    console.error("Usage: npm run check-headers -- https://your.site/ [--out built-folder]");
    process.exit(2);
  }
  if (!existsSync(join(out, "_headers"))) {
    console.error(`${out} has no _headers: build the site first (npm run build), or name the built folder with --out.`);
    process.exit(2);
  }
  try {
    const { ok, lines } = await checkSite(base, out);
    for (const line of lines) (ok ? console.log : console.error)(line);
    process.exit(ok ? 0 : 1);
  } catch (e) {
    const cause = e instanceof Error && e.cause instanceof Error ? ` (${e.cause.message})` : "";
    console.error(`Could not check ${base}: ${e instanceof Error ? e.message : String(e)}${cause}`);
    process.exit(2);
  }
}
