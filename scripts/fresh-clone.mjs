// @ts-check
/**
 * Proves the project needs nothing beside it: clones the committed branch into an empty
 * temporary folder, installs with `npm ci`, and runs the tests there.
 *
 *   npm run test:fresh-clone              npm test in the clone (unit, then end-to-end)
 *   npm run test:fresh-clone -- --unit    only the unit tests and a build (quicker)
 *   npm run test:fresh-clone -- --keep    keep the clone afterwards, to look around
 *   npm run test:fresh-clone -- --runs=3 --busy
 *                                         npm test 3 times in a row, while a second clone
 *                                         builds the site in a loop beside them: the "passes
 *                                         under load" proof. Prints each run's time and result.
 *
 * Only what is committed is cloned. The end-to-end tests use E2E_PORT (4398 unless set).
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { projectRoot } from "./site-paths.mjs";

const argv = process.argv.slice(2);
const args = new Set(argv);
const runs = Number(argv.find((a) => a.startsWith("--runs="))?.slice("--runs=".length) ?? 1);
const busy = args.has("--busy");
const folder = mkdtempSync(join(tmpdir(), "fresh-clone-"));
const clone = join(folder, "planner");
const besideClone = join(folder, "beside");
// The clone's own settings only: no configuration or output folder from this shell.
const { SITE_CONFIG: _config, SITE_OUT: _out, ...env } = process.env;
const cloneEnv = { ...env, E2E_PORT: process.env.E2E_PORT ?? "4398" };

/** @param {string} command @param {string[]} commandArgs @param {string} [cwd] @returns {number} */
function attempt(command, commandArgs, cwd = clone) {
  console.log(`$ ${command} ${commandArgs.join(" ")}`);
  return spawnSync(command, commandArgs, { cwd, stdio: "inherit", env: cloneEnv }).status ?? 1;
}

/** @param {string} command @param {string[]} commandArgs @param {string} [cwd] */
function run(command, commandArgs, cwd = clone) {
  const status = attempt(command, commandArgs, cwd);
  if (status !== 0) {
    console.error(`Failed in the fresh clone at ${clone}: ${command} ${commandArgs.join(" ")}`);
    process.exit(status);
  }
}

run("git", ["clone", "--quiet", "--no-local", projectRoot, clone], folder);
const cloned = readdirSync(folder);
if (cloned.length !== 1) throw new Error(`expected only the clone in ${folder}, found ${cloned.join(", ")}`);
run("npm", ["ci", "--no-audit", "--no-fund"]);
if (args.has("--unit")) {
  run("npm", ["run", "test:unit"]);
  run("npm", ["run", "build"]);
  finish(`the unit tests and built`);
}

/**
 * The load beside the tests: another clone building the whole site, again and again. The loop
 * is a process of its own: the tests run through spawnSync, which holds this process's event
 * loop, so a loop driven from here (as it once was) built once and then waited for the tests.
 */
const builtCount = join(folder, "beside-builds");
let stopBuilding = () => {};
if (busy) {
  run("git", ["clone", "--quiet", "--no-local", projectRoot, besideClone], folder);
  run("npm", ["ci", "--no-audit", "--no-fund"], besideClone);
  const loop = `
    const { spawnSync } = require("node:child_process");
    const { writeFileSync } = require("node:fs");
    for (let n = 1; ; n++) {
      spawnSync("npm", ["run", "build"], { stdio: "ignore" });
      writeFileSync(${JSON.stringify(builtCount)}, String(n));
    }`;
  // Its own process group, so stopping it stops the build it is in the middle of too.
  const beside = spawn(process.execPath, ["-e", loop], {
    cwd: besideClone,
    stdio: "ignore",
    env: cloneEnv,
    detached: true,
  });
  stopBuilding = () => {
    try {
      if (beside.pid) process.kill(-beside.pid, "SIGTERM");
    } catch {
      /* already gone */
    }
  };
  // Never left building after this script has gone, however it ends.
  process.on("exit", stopBuilding);
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"]))
    process.on(signal, () => {
      stopBuilding();
      process.exit(130);
    });
}
const builds = () => {
  try {
    return Number(readFileSync(builtCount, "utf8")) || 0;
  } catch {
    return 0;
  }
};

/** @type {Array<{ run: number, seconds: number, status: number }>} */
const results = [];
for (let i = 1; i <= runs; i++) {
  const start = Date.now();
  const status = attempt("npm", ["test"]);
  results.push({ run: i, seconds: Math.round((Date.now() - start) / 1000), status });
  console.log(`Run ${i} of ${runs}: ${status === 0 ? "passed" : "FAILED"} in ${results.at(-1)?.seconds} s`);
}
stopBuilding();
console.log("\n| run | npm test | time |\n|---:|---|---:|");
for (const r of results) console.log(`| ${r.run} | ${r.status === 0 ? "passed" : "failed"} | ${r.seconds} s |`);
if (busy) console.log(`\nBeside them, the second clone finished ${builds()} builds.`);
const failed = results.filter((r) => r.status !== 0).length;
if (failed) {
  console.error(`${failed} of ${runs} runs failed; the clone is kept at ${clone}.`);
  process.exit(1);
}
finish(runs > 1 ? `npm test ${runs} times${busy ? " with a build looping beside it" : ""}` : "npm test");

/** @param {string} what @returns {never} */
function finish(what) {
  if (!args.has("--keep")) rmSync(folder, { recursive: true, force: true });
  console.log(`A fresh clone, needing nothing outside it, passed ${what}.`);
  process.exit(0);
}
