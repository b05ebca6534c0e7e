import { readFileSync } from "node:fs";
import { siteConfigPath } from "../../../scripts/site-paths.mjs";
import { parseSiteConfig, SiteConfigError } from "./parse";
import type { SiteConfig } from "./schema";

/** The configuration file: SITE_CONFIG if set (one build per organisation), else site.config.json. */
export { siteConfigPath, siteOutDir } from "../../../scripts/site-paths.mjs";

/** Reads and checks the configuration at build time. Node only: never imported by pages. */
export function loadSiteConfigFile(path = siteConfigPath()): SiteConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new SiteConfigError([`could not be read as JSON (${e instanceof Error ? e.message : String(e)})`], path);
  }
  return parseSiteConfig(raw, path);
}
