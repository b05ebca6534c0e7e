import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * A test that times the code fails on a busy machine, and then nothing after it runs. How fast
 * something is belongs in `npm run bench` (scripts/bench/), which reports against budgets; a test
 * checks what happened (no key was derived, nothing was parsed), never how long it took.
 */
const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const self = fileURLToPath(import.meta.url);

const TEST_FILE = /\.(test|spec)\.tsx?$|[/\\]tests[/\\]e2e[/\\].*\.ts$/;
/** A clock read in a test: performance.now(), an event's timeStamp, or Date.now() subtracted. */
const CLOCK = /performance\.now\(|\.timeStamp\b|Date\.now\(\)\s*-|-\s*Date\.now\(\)/;

function timedLines(where: string, text: string): string[] {
  return text.split("\n").flatMap((line, i) => (CLOCK.test(line) ? [`${where}:${i + 1}: ${line.trim()}`] : []));
}

const files = ["src", "scripts", "tests"]
  .flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: "utf8" }).map((f) => join(root, folder, f)),
  )
  .filter((f) => TEST_FILE.test(f) && f !== self);

describe("no test times the code", () => {
  it("finds the tests", () => {
    expect(files.some((f) => f.endsWith("payload.test.ts"))).toBe(true);
    expect(files.some((f) => f.endsWith("quick-exit.spec.ts"))).toBe(true);
  });

  it("knows a timing when it sees one, and leaves a fake clock alone", () => {
    expect(timedLines("x", "const t0 = performance.now();")).toHaveLength(1);
    expect(timedLines("x", "w.__inputAt = e.timeStamp;")).toHaveLength(1);
    expect(timedLines("x", "expect(Date.now() - start).toBeLessThan(5);")).toHaveLength(1);
    expect(timedLines("x", "await page.clock.pauseAt(await page.evaluate(() => Date.now() + 50));")).toEqual([]);
  });

  it("no test or end-to-end spec reads a clock to time what it runs", () => {
    expect(files.flatMap((f) => timedLines(relative(root, f), readFileSync(f, "utf8")))).toEqual([]);
  });
});
