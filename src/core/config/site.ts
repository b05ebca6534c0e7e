import raw from "../../../site.config.json";
import { parseSiteConfig } from "./parse";

/** The checked configuration, for pages and islands. Parsed once, at build time. */
export const site = parseSiteConfig(raw);

/** What every plan page's island needs from the configuration. */
export const planPageSettings = { idleLockMinutes: site.idleLockMinutes, exportFileName: site.exportFileName };
