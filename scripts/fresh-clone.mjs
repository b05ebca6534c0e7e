// @ts-check
/**
 * Proves the project needs nothing beside it: clones the committed branch into an empty
 * temporary folder, installs with `npm ci`, and runs the tests there.
 *
 *   npm run test:fresh-clone              npm test in the clone (unit, then end-to-end)
 *   npm run test:fresh-clone -- --unit    only the unit tests and a build (quicker)
 *   npm run test:fresh-clone -- --keep    keep the clone afterwards, to look around
 *
 * Only what is committed is cloned. The end-to-end tests use E2E_PORT (4398 unless set).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "./site-paths.mjs";

const args = new Set(process.argv.slice(2));
const folder = mkdtempSync(join(tmpdir(), "fresh-clone-"));
const clone = join(folder, "planner");
// The clone's own settings only: no configuration or output folder from this shell.
const { SITE_CONFIG: _config, SITE_OUT: _out, ...env } = process.env;

/** @param {string} command @param {string[]} commandArgs @param {string} [cwd] */
function run(command, commandArgs, cwd = clone) {
  console.log(`$ ${command} ${commandArgs.join(" ")}`);
  const result = spawnSync(command, commandArgs, {
    cwd,
    stdio: "inherit",
    env: { ...env, E2E_PORT: process.env.E2E_PORT ?? "4398" },
  });
  if (result.status !== 0) {
    console.error(`Failed in the fresh clone at ${clone}: ${command} ${commandArgs.join(" ")}`);
    process.exit(result.status ?? 1);
  }
}

run("git", ["clone", "--quiet", "--no-local", projectRoot, clone], folder);
const beside = readdirSync(folder);
if (beside.length !== 1) throw new Error(`expected only the clone in ${folder}, found ${beside.join(", ")}`);
run("npm", ["ci", "--no-audit", "--no-fund"]);
if (args.has("--unit")) {
  run("npm", ["run", "test:unit"]);
  run("npm", ["run", "build"]);
} else {
  run("npm", ["test"]);
}
if (!args.has("--keep")) rmSync(folder, { recursive: true, force: true });
console.log(
  `A fresh clone, with nothing beside it, passed${args.has("--unit") ? " the unit tests and built" : " npm test"}.`,
);
