import { execFileSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath, playwrightDisabledFeatures } from "../../scripts/chromium.mjs";
import { expect, test } from "./fixtures";

/** The command line of the browser launched with `args`, found by a marker switch Chromium ignores. */
async function launchedWith(args: string[]): Promise<string[]> {
  const marker = `--flags-probe=${randomUUID()}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...args, marker] });
  try {
    const line = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" })
      .split("\n")
      .find((l) => l.includes(marker) && l.includes("--remote-debugging-pipe"));
    if (!line) throw new Error("the launched browser's process was not found");
    return line.split(" ");
  } finally {
    await browser.close();
  }
}

const disabled = (argv: string[]) => argv.filter((a) => a.startsWith("--disable-features="));

// Chromium honours only the last --disable-features, so the tests' own must carry every feature
// Playwright turns off (scripts/chromium.mjs): an upgrade of Playwright that adds one fails here.
test("the tests' browser keeps every feature Playwright turns off turned off", async () => {
  const playwrights = disabled(await launchedWith([])).flatMap((a) => a.split("=")[1]?.split(",") ?? []);
  expect(playwrights.length).toBeGreaterThan(3);
  expect(playwrightDisabledFeatures).toEqual(expect.arrayContaining(playwrights));
  const ours = disabled(await launchedWith(chromiumArgs));
  // Playwright's, then ours: the last one is what Chromium reads.
  expect(ours.at(-1)?.split("=")[1]?.split(",")).toEqual(expect.arrayContaining(playwrights));
});
