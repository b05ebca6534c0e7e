import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import siteConfig from "@site-config";
import { describe, expect, it } from "vitest";
import { siteConfigPath, siteOutDir, testConfigPath, testSiteEnv } from "../scripts/site-paths.mjs";

/**
 * `npm test` runs on the tests' own configuration and build (tests/site.config.test.json into
 * dist-test/), so an organisation that changes its site.config.json gets no failing tests and
 * keeps its dist/. The end-to-end specs reach both only through fixtures.ts, which
 * playwright.config.ts points at the right site.
 */
const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const e2e = join(root, "tests", "e2e");

/** Lines of a spec that name the organisation's configuration or build folder directly. */
function readsTheOrganisationsSite(text: string): string[] {
  return text
    .split("\n")
    .filter((line) => /site\.config\.json|["'`/]dist\/|www\.bbc\.co\.uk/.test(line) && !/^\s*(\/\/|\*)/.test(line));
}

describe("the tests' own site", () => {
  it("the unit tests' @site-config is the tests' configuration", () => {
    expect(siteConfig).toEqual(JSON.parse(readFileSync(testConfigPath, "utf8")));
  });

  it("the end-to-end build and configuration are the tests' own", () => {
    expect(siteOutDir(testSiteEnv())).not.toBe(siteOutDir({}));
    expect(siteConfigPath(testSiteEnv())).not.toBe(siteConfigPath({}));
    const playwright = readFileSync(join(root, "playwright.config.ts"), "utf8");
    expect(playwright).toContain("Object.assign(process.env, testSiteEnv())");
  });

  it("knows a spec that reads the organisation's site", () => {
    expect(readsTheOrganisationsSite(`readFileSync(join(root, "site.config.json"))`)).toHaveLength(1);
    expect(readsTheOrganisationsSite(`await page.route("https://www.bbc.co.uk/**", stub)`)).toHaveLength(1);
    expect(readsTheOrganisationsSite(`const dir = "dist/"`)).toHaveLength(1);
    expect(readsTheOrganisationsSite(`import { siteConfig } from "./fixtures";`)).toEqual([]);
  });

  it("no spec or helper reads the organisation's configuration, build or exit page but through fixtures.ts", () => {
    const found = readdirSync(e2e)
      .filter((f) => f.endsWith(".ts"))
      .flatMap((f) =>
        readsTheOrganisationsSite(readFileSync(join(e2e, f), "utf8")).map(
          (l) => `${relative(root, join(e2e, f))}: ${l.trim()}`,
        ),
      );
    expect(found).toEqual([]);
  });
});
