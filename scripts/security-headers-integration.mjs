// @ts-check
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mergePolicies } from "../src/core/config/csp.ts";

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;

/** Every .html file under dir. @param {string} dir */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).map((e) => join(e.parentPath, e.name));
}

/**
 * Astro writes the CSP as a meta tag per page. Real hosts should also send it as a header
 * (frame-ancestors only works there), so after the build this merges the pages' policies
 * into dist/_headers, below the static headers copied from public/_headers.
 * @returns {import("astro").AstroIntegration}
 */
export default function securityHeaders() {
  return {
    name: "security-headers",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const policies = [];
        for (const file of await htmlFiles(out)) {
          const match = META_CSP.exec(await readFile(file, "utf8"));
          if (!match?.[1]) throw new Error(`${file} has no content-security-policy meta tag`);
          policies.push(match[1].replaceAll("&#39;", "'"));
        }
        const headersPath = join(out, "_headers");
        const template = await readFile(headersPath, "utf8");
        const csp = `  Content-Security-Policy: ${mergePolicies(policies)}`;
        await writeFile(headersPath, template.replace(/^ {2}# CSP-PLACEHOLDER.*$/m, csp));
        logger.info(`wrote the CSP for ${policies.length} pages to _headers`);
      },
    },
  };
}
