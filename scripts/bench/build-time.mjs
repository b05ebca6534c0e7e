// @ts-check
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildSync } from "esbuild";

/** The list of languages, read from its one source (bundled, as it imports without extensions). */
function languageLists() {
  const out = buildSync({ entryPoints: ["src/core/i18n/languages.ts"], bundle: true, write: false, format: "cjs" });
  const mod = { exports: /** @type {any} */ ({}) };
  new Function("module", "exports", out.outputFiles[0]?.text ?? "")(mod, mod.exports);
  return {
    all: /** @type {string[]} */ (mod.exports.LANGUAGES),
    byDefault: /** @type {string[]} */ (mod.exports.DEFAULT_LANGUAGES),
  };
}

/**
 * The build's time with the languages offered by default and with every language (issue 23: "the
 * build's time with seven languages, against three"), each built from the organisation's config
 * into a folder of its own, one after the other, so a busy machine slows both alike.
 * @param {Record<string, unknown>} config the organisation's site.config.json
 */
export function buildTimes(config) {
  const { all, byDefault } = languageLists();
  const rows = [];
  for (const languages of [byDefault, all]) {
    const dir = mkdtempSync(join(tmpdir(), "bench-build-"));
    const file = join(dir, "site.config.json");
    writeFileSync(file, JSON.stringify({ ...config, languages }));
    const started = performance.now();
    const run = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], {
      env: { ...process.env, SITE_CONFIG: file, SITE_OUT: join(dir, "dist"), ASTRO_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
    });
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`the build with ${languages.join(", ")} failed:\n${run.stderr}`);
    const pages = readdirSync(join(dir, "dist"), { recursive: true, encoding: "utf8" }).filter((f) =>
      f.endsWith("index.html"),
    ).length;
    rows.push({ languages, seconds, pages });
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
