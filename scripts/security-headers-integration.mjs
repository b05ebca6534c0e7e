// @ts-check
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { mergePolicies } from "../src/core/config/csp.ts";
import { RECEIVE_PATH } from "../src/core/handover/path.ts";
import { NGINX_CAMERA_FILE, pageHeaders, parseHeadersFile, renderNginxHeaders } from "./headers.mjs";

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]+)"/i;
const PLACEHOLDER = /^ {2}# CSP-PLACEHOLDER.*$/m;

/** Every .html file under dir. @param {string} dir */
async function htmlFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith(".html")).map((e) => join(e.parentPath, e.name));
}

/**
 * Astro writes the CSP as a meta tag per page. Real hosts should also send it as a header
 * (frame-ancestors only works there), so after the build this merges the pages' policies
 * into _headers, below the static headers copied from public/_headers, and writes the same
 * headers as nginx-headers.conf for nginx to include. Both come from the same build as the
 * pages, so their script hashes always match.
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
        if (!PLACEHOLDER.test(template)) throw new Error(`${headersPath} has no "# CSP-PLACEHOLDER" line to fill`);
        const filled = template.replace(PLACEHOLDER, `  Content-Security-Policy: ${mergePolicies(policies)}`);
        // Cloudflare Pages ignores longer lines, which would silently drop the policy there.
        const longest = Math.max(...filled.split("\n").map((line) => line.length));
        if (longest > 2000)
          logger.warn(`_headers has a line of ${longest} characters: Cloudflare Pages ignores lines over 2,000`);
        await writeFile(headersPath, filled);
        await writeFile(join(out, "nginx-headers.conf"), renderNginxHeaders(parseHeadersFile(filled)));
        // The receiving page's set: the same, with its Permissions-Policy that allows the camera.
        await writeFile(join(out, NGINX_CAMERA_FILE), renderNginxHeaders(pageHeaders(filled, RECEIVE_PATH)));
        logger.info(`wrote the CSP for ${policies.length} pages to _headers and nginx-headers.conf`);
      },
    },
  };
}
