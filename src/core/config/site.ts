// "@site-config" is site.config.json, or the file named by SITE_CONFIG (astro.config.mjs).
import raw from "@site-config";
import { parseSiteConfig } from "./parse";

/** The checked configuration, for pages and islands. Parsed once, at build time. */
export const site = parseSiteConfig(raw);

/** What every plan page's island needs from the configuration. */
export const planPageSettings = { idleLockMinutes: site.idleLockMinutes, exportFileName: site.exportFileName };
