import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { siteOutDir } from "../../scripts/site-paths.mjs";

/**
 * Code that only checks the configuration runs when the site is built, never in a page: the
 * UK numbering plan (libphonenumber-js and its metadata, src/core/config/phone.ts) is a few
 * hundred kilobytes no one needs in a browser.
 */
const require = createRequire(import.meta.url);
// Words that survive minifying: a key of the metadata, and error codes of the parser.
const MARKERS = ["country_calling_codes", "INVALID_COUNTRY", "TOO_SHORT"];

test("no built script carries libphonenumber-js or its metadata", () => {
  // The markers really are in the library, so the test fails if it is ever bundled.
  const library = ["libphonenumber-js/max", "libphonenumber-js/metadata.max.json"]
    .map((name) => readFileSync(require.resolve(name), "utf8"))
    .join("\n");
  expect(library).toContain("country_calling_codes");

  const dir = siteOutDir();
  const scripts = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.(js|mjs|html)$/.test(f));
  expect(scripts.filter((f) => f.endsWith(".js")).length).toBeGreaterThan(5);
  const carrying = scripts.flatMap((f) => {
    const text = readFileSync(join(dir, f), "utf8");
    return MARKERS.filter((m) => text.includes(m)).map((m) => `${f}: ${m}`);
  });
  expect(carrying).toEqual([]);
});
