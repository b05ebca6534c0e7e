import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, testChromiumPath } from "./scripts/chromium.mjs";
import { siteConfigPath, siteOutDir, testSiteEnv } from "./scripts/site-paths.mjs";

const port = Number(process.env.E2E_PORT ?? 4399);

/**
 * Two uses. `npm test`: every spec, against the tests' own build (tests/site.config.test.json
 * built into dist-test/ by scripts/build-test-site.mjs), whatever the organisation configured.
 * `npm run check-site` (CHECK_SITE=1): only the checks that hold for any configuration, against
 * the organisation's own build (site.config.json and dist/, or SITE_CONFIG and SITE_OUT).
 * Set here, so the server and every worker (fixtures.ts) see the same site.
 */
const checkSite = process.env.CHECK_SITE === "1";
if (!checkSite) Object.assign(process.env, testSiteEnv());
const site = { SITE_CONFIG: siteConfigPath(), SITE_OUT: siteOutDir() };

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: checkSite ? ["privacy.spec.ts", "site.spec.ts"] : "**/*.spec.ts",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  // Room for a 2-core machine with a build running beside the tests, where every step takes
  // twice as long or more; a passing test takes no longer for it. Tests wait for what the page
  // shows and the page's clock (page.clock), never for real time.
  timeout: 60_000,
  // Assertions wait for what the page shows; on a busy 2-core machine that can take a while.
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "off",
    ...devices["Desktop Chrome"],
    launchOptions: { executablePath: testChromiumPath, args: chromiumArgs },
    serviceWorkers: "block",
  },
  webServer: {
    command: "node scripts/serve.mjs",
    env: { PORT: String(port), ...site },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
});
