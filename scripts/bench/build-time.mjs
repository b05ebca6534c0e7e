// @ts-check
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";

/** The list of languages, read from its one source (bundled, as it imports without extensions). */
export function languageLists() {
  const out = buildSync({ entryPoints: ["src/core/i18n/languages.ts"], bundle: true, write: false, format: "cjs" });
  const mod = { exports: /** @type {any} */ ({}) };
  new Function("module", "exports", out.outputFiles[0]?.text ?? "")(mod, mod.exports);
  return {
    all: /** @type {string[]} */ (mod.exports.LANGUAGES),
    byDefault: /** @type {string[]} */ (mod.exports.DEFAULT_LANGUAGES),
    /** The language at the site's root (its pages have no language folder). */
    source: /** @type {string} */ (mod.exports.SOURCE_LANG),
  };
}

/**
 * Builds the site from the organisation's config with the given languages offered, into a
 * folder of its own (left for the caller to serve and remove), and times it. The bench builds
 * with the languages offered by default and with every language (issue 23: "the build's time
 * with seven languages, against three"), and measures page weight on the build with every
 * language, so each language's pages are held to the budgets whether or not this site offers it.
 * @param {Record<string, unknown>} config the organisation's site.config.json
 * @param {readonly string[]} languages
 */
export function buildWith(config, languages) {
  const dir = mkdtempSync(join(tmpdir(), "bench-build-"));
  const file = join(dir, "site.config.json");
  writeFileSync(file, JSON.stringify({ ...config, languages }));
  const out = join(dir, "dist");
  const started = performance.now();
  const run = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], {
    env: { ...process.env, SITE_CONFIG: file, SITE_OUT: out, ASTRO_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`the build with ${languages.join(", ")} failed:\n${run.stderr}`);
  const pages = readdirSync(out, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith("index.html")).length;
  return { dir, out, languages, seconds, pages };
}
