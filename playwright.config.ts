import { defineConfig, devices } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: "tests/e2e",
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
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    serviceWorkers: "block",
  },
  webServer: {
    command: "node scripts/serve.mjs",
    env: { PORT: String(port) },
    url: `http://localhost:${port}/`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
});
