// @ts-check
import preact from "@astrojs/preact";
import { defineConfig } from "astro/config";
import { firstScreenChunksPlugin } from "./scripts/chunks.mjs";
import { inlineScript } from "./scripts/inline-scripts.mjs";
import { islandStylesFromPagesOnly } from "./scripts/island-styles.mjs";
import modulePreload from "./scripts/modulepreload.mjs";
import { offeredLanguagesPlugin } from "./scripts/offered-languages.mjs";
import oneStylesheet from "./scripts/one-stylesheet.mjs";
import { smallPreloadHelper } from "./scripts/preload-helper.mjs";
import securityHeaders from "./scripts/security-headers-integration.mjs";
import { CSP_DIRECTIVES } from "./src/core/config/csp.ts";
import { loadSiteConfigFile, siteConfigPath, siteOutDir } from "./src/core/config/load.ts";
import { languageReport, siteConfigWarnings } from "./src/core/config/parse.ts";

// Fails the build, naming each bad field, before anything is written. Pages import the same
// file through the "@site-config" alias. Mistakes that do not stop the build are printed.
const configFile = siteConfigPath();
const siteConfig = loadSiteConfigFile(configFile);
for (const warning of siteConfigWarnings(siteConfig)) {
  console.warn(`Warning in ${configFile}: ${warning}`);
}
// How far each offered language's words are checked (docs/translations.md, "Quality labels").
console.info(`Languages offered: ${languageReport(siteConfig).join("; ")}.`);

// The quick exit must work before any island hydrates, so it is a tiny inline script.
// Its hash goes into the CSP; no 'unsafe-inline' is ever allowed.
const quickExit = inlineScript(new URL("./src/components/quick-exit/quick-exit.inline.js", import.meta.url));

export default defineConfig({
  output: "static",
  // dist/, or a folder per organisation (SITE_OUT, or beside SITE_CONFIG): scripts/site-paths.mjs.
  outDir: siteOutDir(),
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  prefetch: false,
  integrations: [preact(), modulePreload(), oneStylesheet(), securityHeaders()],
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { hashes: [quickExit.hash] },
    },
  },
  markdown: { syntaxHighlight: false },
  vite: {
    resolve: { alias: { "@site-config": configFile } },
    define: { __QUICK_EXIT_SCRIPT__: JSON.stringify(quickExit.text) },
    plugins: [
      ...offeredLanguagesPlugin(siteConfig.languages),
      firstScreenChunksPlugin(),
      islandStylesFromPagesOnly(),
      smallPreloadHelper(),
    ],
    build: {
      assetsInlineLimit: 0,
    },
  },
});
