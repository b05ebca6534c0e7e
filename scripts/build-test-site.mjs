// @ts-check
/**
 * Builds the site the end-to-end tests run against: the tests' own configuration
 * (tests/site.config.test.json) into their own folder (dist-test/), so `npm test` neither reads
 * the organisation's site.config.json nor overwrites its dist/. See scripts/site-paths.mjs.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { projectRoot, testSiteEnv } from "./site-paths.mjs";

const result = spawnSync(process.execPath, [join(projectRoot, "node_modules", "astro", "bin", "astro.mjs"), "build"], {
  cwd: projectRoot,
  stdio: "inherit",
  env: { ...process.env, ...testSiteEnv(), ASTRO_TELEMETRY_DISABLED: "1" },
});
process.exit(result.status ?? 1);
