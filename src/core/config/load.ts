import { readFileSync } from "node:fs";
import { siteConfigPath } from "../../../scripts/site-paths.mjs";
import { findJsonProblem } from "./json-problem";
import { parseSiteConfig, SiteConfigError } from "./parse";
import type { SiteConfig } from "./schema";

/** The configuration file: SITE_CONFIG if set (one build per organisation), else site.config.json. */
export { siteConfigPath, siteOutDir } from "../../../scripts/site-paths.mjs";

/** Reads and checks the configuration at build time. Node only: never imported by pages. */
export function loadSiteConfigFile(path = siteConfigPath()): SiteConfig {
  let raw: unknown;
  let text = "";
  try {
    text = readFileSync(path, "utf8");
    raw = JSON.parse(text);
  } catch (e) {
    // JSON.parse gives no line for some mistakes (a trailing comma in a list): say where, always.
    const where = text ? findJsonProblem(text) : null;
    const why = where
      ? `line ${where.line}, column ${where.column}: ${where.message}`
      : e instanceof Error
        ? e.message
        : String(e);
    throw new SiteConfigError([`could not be read as JSON (${why})`], path);
  }
  return parseSiteConfig(raw, path);
}
