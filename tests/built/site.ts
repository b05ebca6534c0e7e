import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { JSDOM } from "jsdom";
import { testConfigPath, testOutDir } from "../../scripts/site-paths.mjs";
import { parseSiteConfig } from "../../src/core/config/parse";

/**
 * The tests' own build (dist-test/, tests/site.config.test.json), read from disk: what the
 * server sends for every page, checked without a browser. `npm run test:e2e` builds it first.
 */
export const distDir = testOutDir;
export const rawConfig = JSON.parse(readFileSync(testConfigPath, "utf8")) as {
  exitUrl: string;
  localServices?: Array<{ name: string; phone: string; website?: string }>;
};
export const config = parseSiteConfig(rawConfig);
export const EXIT_URL = rawConfig.exitUrl;

/** Fails loudly, never passes or skips, when there is nothing built to check. */
function requireBuild(): void {
  if (!existsSync(join(distDir, "index.html")))
    throw new Error(
      `No built test site in ${distDir}. Build it first: node scripts/build-test-site.mjs (npm run test:e2e does this before these tests).`,
    );
}

/** Every page in the built site, as a URL path ("/", "/cy/help/", …), the 404 page excepted. */
export function builtPages(): string[] {
  requireBuild();
  return readdirSync(distDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("index.html"))
    .map((f) => `/${relative(distDir, join(distDir, f)).replace(/index\.html$/, "")}`)
    .sort();
}

export function pageHtml(path: string): string {
  return readFileSync(join(distDir, path, "index.html"), "utf8");
}

const documents = new Map<string, Document>();
/** The page as a document, as the browser parses it before any script runs (parsed once; do not change it). */
export function pageDocument(path: string): Document {
  let doc = documents.get(path);
  if (!doc) {
    doc = new JSDOM(pageHtml(path)).window.document;
    documents.set(path, doc);
  }
  return doc;
}
