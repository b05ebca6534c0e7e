/**
 * Issue 11, points 2, 3, 4, 5 and 8 through the page: the rule for new passphrases, hostile
 * files (refused kindly, and never in the way of the quick exit), and the neutral file marker.
 */
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { encrypt, LEGACY_MAGIC, MAGIC, MIN_ITERATIONS } from "../../src/core/crypto";
import { DB_NAME, RECORD_KEY, STORE_NAME } from "../../src/core/storage/names";
import { HOSTILE_FILES, sealJsonText } from "../fixtures/hostile-files";
import { EXIT_URL, expect, test } from "./fixtures";
import { openAllSections } from "./plan-helpers";
import { everyStorage, rawStorage, saveOnDevice, unlockWith } from "./storage-helpers";

const GOOD = "copper meadow kettle violet harbour";
const OLD_WEAK = "summer2024!";
const FAST = { iterations: MIN_ITERATIONS };
const bundle = (worries: string) => ({
  schemaVersion: 1,
  plans: [
    {
      schemaVersion: 1,
      id: "hostile-spec-adult",
      kind: "adult",
      createdAt: "2026-01-15T10:00:00.000Z",
      updatedAt: "2026-01-15T10:00:00.000Z",
      answers: { worries },
    },
  ],
});

const asFile = (bytes: Uint8Array, name = "notes.dat") => ({
  name,
  mimeType: "application/octet-stream",
  buffer: Buffer.from(bytes),
});

async function chooseFile(page: Page, file: ReturnType<typeof asFile>, passphrase?: string) {
  await page.waitForSelector(".plan-editor[data-ready]");
  if ((await page.locator("#import-file").count()) === 0)
    await page.getByRole("button", { name: "Open a saved copy" }).click();
  await page.locator("#import-file").setInputFiles(file);
  if (passphrase !== undefined) {
    await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
    await page.getByRole("button", { name: "Open this copy" }).click();
  }
}

/** Puts a locked record straight into the browser's storage, as an older version left it. */
async function storeRecord(page: Page, bytes: Uint8Array) {
  await page.evaluate(
    async ({ data, db: name, store, key }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onupgradeneeded = () => r.result.createObjectStore(store);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      await new Promise((resolve, reject) => {
        const tx = db.transaction(store, "readwrite");
        tx.objectStore(store).put(new Uint8Array(data), key);
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { data: Array.from(bytes), db: DB_NAME, store: STORE_NAME, key: RECORD_KEY },
  );
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

test.describe("a new passphrase must be hard to guess", () => {
  for (const weak of ["summer2024!", "my kids names", "correcthorse"]) {
    test(`"${weak}" is refused when saving, with how to do better, and Suggest one for me works`, async ({ page }) => {
      await page.goto("/plan/adult/");
      await page.waitForSelector(".plan-editor[data-ready]");
      await page.getByRole("button", { name: "Save on this device" }).click();
      await page.getByLabel("Choose a passphrase").fill(weak);
      await page.getByLabel("Type the passphrase again").fill(weak);
      await page.getByRole("button", { name: "Save and lock" }).click();
      const alert = page.getByRole("alert");
      await expect(alert).toContainText("too easy for someone else to guess");
      await expect(alert).toContainText("Suggest one for me");
      expect((await everyStorage(page)).indexedDB).toEqual([]);
      // One click away, and what it makes is accepted.
      await page.getByRole("button", { name: "Suggest one for me" }).click();
      await page.getByRole("button", { name: "Save and lock" }).click();
      await expect(page.getByRole("note")).toContainText("Saved and locked on this device");
    });
  }

  test("the red error goes once the passphrase is changed, and the meter and the error agree", async ({ page }) => {
    await page.goto("/plan/adult/");
    await page.waitForSelector(".plan-editor[data-ready]");
    await page.getByRole("button", { name: "Save on this device" }).click();
    const phrase = "the cat sat down";
    await page.getByLabel("Choose a passphrase").fill(phrase);
    await page.getByLabel("Type the passphrase again").fill(phrase);
    const meter = page.locator(".strength");
    await expect(meter).toContainText("less common words");
    await page.getByRole("button", { name: "Save and lock" }).click();
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("less common words");
    await expect(alert).not.toContainText("four or more");
    await page.getByLabel("Choose a passphrase").fill(GOOD);
    await expect(meter).toContainText("Strong");
    await expect(alert).toBeHidden();
  });

  test("a suggestion is shown at the usual size, and larger only when asked", async ({ page }) => {
    await page.goto("/plan/adult/");
    await page.waitForSelector(".plan-editor[data-ready]");
    await page.getByRole("button", { name: "Save on this device" }).click();
    await page.getByRole("button", { name: "Suggest one for me" }).click();
    const words = page.locator(".suggested-words");
    await expect(words).toBeVisible();
    const size = (selector: string) =>
      page.locator(selector).evaluate((el) => Number.parseFloat(getComputedStyle(el).fontSize));
    expect(await size(".suggested-words")).toBe(await size(".suggested"));
    const larger = page.getByRole("button", { name: "Show it larger" });
    await expect(larger).toHaveAttribute("aria-pressed", "false");
    await larger.click();
    await expect(larger).toHaveAttribute("aria-pressed", "true");
    expect(await size(".suggested-words")).toBeGreaterThan(1.4 * (await size(".suggested")));
  });

  test("a locked copy to download needs one too", async ({ page }) => {
    await page.goto("/plan/adult/");
    await page.waitForSelector(".plan-editor[data-ready]");
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.getByRole("button", { name: "Save a copy" }).click();
    await page.getByLabel("Choose a passphrase").fill(OLD_WEAK);
    await page.getByLabel("Type the passphrase again").fill(OLD_WEAK);
    await page.getByRole("button", { name: "Download locked copy" }).click();
    await expect(page.getByRole("alert")).toContainText("too easy for someone else to guess");
    // A good passphrase then gives exactly one file: had the weak one made a file too, it would
    // have come first and the count would be 2.
    await page.getByLabel("Choose a passphrase").fill(GOOD);
    await page.getByLabel("Type the passphrase again").fill(GOOD);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download locked copy" }).click();
    await download;
    expect(downloads).toBe(1);
  });

  test("an older, weaker passphrase still opens a file and a saved record", async ({ page }) => {
    await page.goto("/plan/adult/");
    await chooseFile(page, asFile(await encrypt(bundle("opened with an old passphrase"), OLD_WEAK, FAST)), OLD_WEAK);
    await expect(page.getByRole("status").filter({ hasText: "The saved copy is open:" })).toBeVisible();
    await openAllSections(page);
    await expect(page.locator("#p-adult-worries")).toHaveValue("opened with an old passphrase");

    await storeRecord(page, await encrypt(bundle("saved with an old passphrase"), OLD_WEAK, FAST));
    await page.reload();
    await unlockWith(page, OLD_WEAK);
    await openAllSections(page);
    await expect(page.locator("#p-adult-worries")).toHaveValue("saved with an old passphrase");
  });
});

test.describe("hostile files", () => {
  // How fast it hides is measured by npm run bench ("Quick exit while opening a hostile file"):
  // a test that times it fails on a busy machine.
  test("the quick exit works while a hostile file is being read", async ({ page }) => {
    // 204: the page stays put after the exit, so what it noted can be read.
    await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ status: 204 }));
    let decrypted = () => {};
    await page.exposeFunction("__specDecrypted", () => decrypted());
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown> & { __specDecrypted: () => void };
      window.addEventListener("quickexit", () => {
        if (document.documentElement.style.display === "none") w.__hidden = true;
      });
      // Tells the test the moment decryption ends and reading the file's insides begins.
      const decrypt = SubtleCrypto.prototype.decrypt;
      SubtleCrypto.prototype.decrypt = function (...args: Parameters<SubtleCrypto["decrypt"]>) {
        const done = decrypt.apply(this, args);
        done.then(
          () => w.__specDecrypted(),
          () => undefined,
        );
        return done;
      };
    });
    // About 10 KB: 10 million "[" once decompressed, which JSON.parse took about a second to read.
    const hostile = await sealJsonText("[".repeat(10_000_000), GOOD);
    expect(hostile.length).toBeLessThan(12_000);
    await page.goto("/plan/adult/");
    await chooseFile(page, asFile(hostile));
    await page.getByLabel("Passphrase", { exact: true }).fill(GOOD);
    const box = await page.locator("#qe-link").boundingBox();
    if (!box) throw new Error("no exit link");
    const reading = new Promise<void>((resolve) => (decrypted = resolve));
    await page.getByRole("button", { name: "Open this copy" }).click();
    await reading;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => (window as unknown as { __hidden?: boolean }).__hidden === true);
  });

  const MESSAGES: Record<(typeof HOSTILE_FILES)[number]["expect"], RegExp> = {
    damaged: /This file is damaged/,
    "too-large": /too large/,
    invalid: /does not look right/,
    "not-a-bundle": /not a plan from this site/,
  };
  for (const hostile of HOSTILE_FILES) {
    test(`${hostile.name}: a kind message, and the screen is kept`, async ({ page }) => {
      await page.goto("/plan/adult/");
      await openAllSections(page);
      await page.locator("#p-adult-worries").fill("my own words");
      await chooseFile(page, asFile(await sealJsonText(hostile.text(), GOOD)), GOOD);
      const alert = page.getByRole("alert");
      await expect(alert).toContainText(MESSAGES[hostile.expect]);
      await expect(alert).toContainText("Nothing on this screen has changed");
      await expect(alert).not.toContainText(/something went wrong/i);
      await expect(page.locator("#p-adult-worries")).toHaveValue("my own words");
    });
  }
});

test.describe("the file does not say what it is", () => {
  test("downloaded copies and the saved record begin with the neutral marker, never SPLANENC", async ({ page }) => {
    await page.goto("/plan/adult/");
    await page.waitForSelector(".plan-editor[data-ready]");
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Save a copy" }).click();
    await page.getByLabel("Choose a passphrase").fill(GOOD);
    await page.getByLabel("Type the passphrase again").fill(GOOD);
    await page.getByRole("button", { name: "Download locked copy" }).click();
    const file = new Uint8Array(readFileSync(await (await download).path()));
    expect(Array.from(file.subarray(0, 8))).toEqual(Array.from(MAGIC));
    expect(file[8]).toBe(2);
    expect(latin1(file)).not.toContain("SPLANENC");

    await page.getByRole("button", { name: "Close" }).click();
    await saveOnDevice(page, GOOD);
    const { values } = await rawStorage(page);
    // The record, and beside it its 4-byte revision number (docs/file-format.md).
    expect(values.map((v) => v.length === 4)).toEqual([false, true]);
    for (const v of values) {
      expect(v).not.toContain("SPLANENC");
      if (v.length !== 4) expect(v.startsWith(latin1(MAGIC))).toBe(true);
    }
  });

  test("a format-1 file still opens, and a format-1 record is rewritten as format 2", async ({ page }) => {
    const old = new Uint8Array(
      readFileSync(new URL("../fixtures/encrypted/format1-schema1-household.dat", import.meta.url)),
    );
    expect(Array.from(old.subarray(0, 8))).toEqual(Array.from(LEGACY_MAGIC));
    await page.goto("/plan/adult/");
    await chooseFile(page, asFile(old), "fixture river candle 1");
    await expect(page.getByRole("status").filter({ hasText: "The saved copy is open:" })).toBeVisible();

    await storeRecord(page, old);
    await page.reload();
    await unlockWith(page, "fixture river candle 1");
    await openAllSections(page);
    await page.locator("#p-adult-worries").fill("saved again after the update");
    // The record is format 2 now; beside it, its 4-byte revision number.
    await expect
      .poll(async () => (await rawStorage(page)).values.map((v) => (v.length === 4 ? "revision" : v.slice(0, 8))))
      .toEqual([latin1(MAGIC), "revision"]);
  });
});

test("a file's plan labels are shown without direction overrides or invisible characters, isolated", async ({
  page,
}) => {
  const childPlan = (id: string, label: string) => ({
    schemaVersion: 1,
    id,
    kind: "child",
    label,
    createdAt: "2026-01-15T10:00:00.000Z",
    updatedAt: "2026-01-15T10:00:00.000Z",
    answers: {},
  });
  const file: { schemaVersion: number; plans: object[] } = bundle("labels");
  // U+202E would reverse what follows it ("(AB" then "dc)" shown as ")cd"); U+200B hides a difference.
  file.plans.push(childPlan("label-spec-1", "AB\u202Edc"), childPlan("label-spec-2", "A\u200BB"));
  await page.goto("/plan/adult/");
  await chooseFile(page, asFile(await encrypt(file, GOOD, FAST)), GOOD);
  await expect(page.getByRole("status").filter({ hasText: "The saved copy is open:" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Your plans" });
  const labels = await nav.locator("a bdi").allTextContents();
  expect(labels).toEqual(["ABdc", "AB"]);
  const text = (await nav.innerText()).normalize();
  expect(text).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
});
