import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * The checks of the built test site (dist-test/) that need no browser: run by npm run test:e2e
 * after it builds the site and before Playwright, not by npm run test:unit (which builds nothing).
 * See docs/testing.md.
 */
export default defineConfig({
  resolve: { alias: { "@site-config": fileURLToPath(new URL("./tests/site.config.test.json", import.meta.url)) } },
  test: {
    include: ["tests/built/**/*.test.ts"],
    environment: "node",
    setupFiles: ["src/core/i18n/test-setup.ts"],
    // One file per core. Vitest's default leaves a core for its own thread, which mostly waits:
    // on a 2-core machine that ran the tests one file at a time.
    maxWorkers: availableParallelism(),
    // Reading a page for English compares it with every phrase of the catalogue; axe runs whole
    // pages. On a busy 2-core machine either can take a few seconds.
    testTimeout: 30_000,
  },
});
