import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseSiteConfig, SiteConfigError } from "./parse";
import type { SiteConfig } from "./schema";

/** Reads and checks site.config.json at build time. Node only: never imported by pages. */
export function loadSiteConfigFile(
  path = fileURLToPath(new URL("../../../site.config.json", import.meta.url)),
): SiteConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new SiteConfigError([`could not be read as JSON (${e instanceof Error ? e.message : String(e)})`], path);
  }
  return parseSiteConfig(raw, path);
}
