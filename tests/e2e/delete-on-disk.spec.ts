/**
 * "Delete everything" must leave no locked record in the browser's files. Deleting the
 * database is not enough: IndexedDB keeps older records in its files on disk (LevelDB logs)
 * until it gets round to compacting them. So this test uses a real profile on disk, saves
 * twice, deletes everything, closes the browser and reads every file of the profile.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../scripts/chromium.mjs";
import { expect, test } from "./fixtures";
import { openAllSections } from "./plan-helpers";
import { changeAndWaitForAutosave, rawStorage, saveOnDevice } from "./storage-helpers";

/** Every file under dir (the profile), with its bytes. */
function filesUnder(dir: string): Array<{ path: string; bytes: Buffer }> {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).flatMap((name) => {
    const path = join(dir, name);
    try {
      return statSync(path).isFile() ? [{ path, bytes: readFileSync(path) }] : [];
    } catch {
      return []; // a lock file or socket that vanished
    }
  });
}

/** The stored records (as latin1 text): the long values, not the 4-byte revision. */
async function records(page: import("@playwright/test").Page): Promise<string[]> {
  return (await rawStorage(page)).values.filter((v) => v.length > 64);
}

test("Delete everything leaves no earlier locked record in the browser's files on disk", async ({ baseURL }) => {
  test.slow(); // a browser of its own, started and closed
  const profile = mkdtempSync(join(tmpdir(), "delete-on-disk-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      ...(baseURL ? { baseURL } : {}),
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto("/plan/adult/");
    await openAllSections(page);
    await page.locator("#p-adult-worries").fill("the first words");
    await saveOnDevice(page);
    const first = await records(page);
    await changeAndWaitForAutosave(page, () => page.locator("#p-adult-worries").fill("the second words"));
    const second = await records(page);
    // A piece from the middle of each record's ciphertext: random bytes, found only if kept.
    const pieces = [...first, ...second].map((r) => Buffer.from(r.slice(r.length - 48, r.length - 16), "latin1"));
    expect(pieces.length).toBeGreaterThanOrEqual(2);
    expect(new Set(pieces.map((p) => p.toString("hex"))).size).toBe(pieces.length);

    await page.getByRole("button", { name: "Delete everything on this device" }).click();
    await page.getByRole("button", { name: "Yes, delete everything" }).click();
    await expect(page.getByText("Everything saved on this device has been deleted.")).toBeVisible();
    await context.close();

    const kept = filesUnder(profile).flatMap(({ path, bytes }) =>
      pieces.some((piece) => bytes.includes(piece)) ? [path.slice(profile.length)] : [],
    );
    expect(kept, "files that still hold a locked record").toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
