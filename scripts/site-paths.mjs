// @ts-check
/**
 * Where the configuration is read from and where the built site goes, in one place for the
 * build, `npm run serve`, `npm run check-headers` and the tests. Plain JavaScript, so it runs
 * in Node without a build step.
 *
 * - SITE_CONFIG names the configuration; without it, site.config.json in the project.
 * - SITE_OUT names the output folder. Without it, the project's own configuration builds into
 *   dist/, and any other configuration into a folder beside it named after it:
 *   orgs/acme.json → orgs/dist-acme/, orgs/beta/site.config.json → orgs/beta/dist-site/.
 *   So one organisation's build never overwrites another's.
 *
 * The tests have their own configuration and folder (testSiteEnv): `npm test` never reads the
 * organisation's site.config.json nor writes its dist/.
 */
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const projectRoot = resolve(fileURLToPath(new URL("..", import.meta.url)));
const defaultConfig = join(projectRoot, "site.config.json");

/** @param {NodeJS.ProcessEnv} [env] */
export function siteConfigPath(env = process.env) {
  return env.SITE_CONFIG ? resolve(env.SITE_CONFIG) : defaultConfig;
}

/** @param {NodeJS.ProcessEnv} [env] */
export function siteOutDir(env = process.env) {
  if (env.SITE_OUT) return resolve(env.SITE_OUT);
  const config = siteConfigPath(env);
  if (config === defaultConfig) return join(projectRoot, "dist");
  const name = basename(config)
    .replace(/\.json$/i, "")
    .replace(/\.config$/i, "");
  return join(dirname(config), `dist-${name}`);
}

/** The tests' own configuration: the site as shipped, whatever an organisation changed. */
export const testConfigPath = join(projectRoot, "tests", "site.config.test.json");
/** Where the tests build it. */
export const testOutDir = join(projectRoot, "dist-test");

/** The environment that points the build, the server and the tests at the tests' own site. */
export function testSiteEnv() {
  return { SITE_CONFIG: testConfigPath, SITE_OUT: testOutDir };
}
