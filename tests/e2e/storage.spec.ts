import { parseSiteConfig } from "../../src/core/config/parse";
import { EXIT_URL, expect, pauseClock, siteConfig, test } from "./fixtures";
import { openAllSections } from "./plan-helpers";
import {
  changeAndWaitForAutosave,
  everyStorage,
  lockAndWaitForReload,
  PASSPHRASE,
  rawStorage,
  saveOnDevice,
  storedRevision,
  unlockWith,
} from "./storage-helpers";

const CANARY = "CANARY-7f3a-plaintext";
/** The tests' own configuration (tests/site.config.test.json), with its defaults filled in. */
const config = parseSiteConfig(siteConfig);

test("nothing is stored by visiting, until the person opts in", async ({ page }) => {
  await page.clock.install();
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill(CANARY);
  // Run every timer an autosave could wait on, then check nothing is on its way to storage.
  await page.clock.runFor(60_000);
  await expect(page.locator(".workspace[data-ready]:not([data-pending])")).toBeVisible();
  const stored = await everyStorage(page);
  expect(stored.indexedDB).toEqual([]);
  expect(stored.localStorage).toBe(0);
  expect(stored.cookies).toBe("");
});

test("save, reload, locked, wrong passphrase changes nothing, unlock gives the same plan", async ({ page }) => {
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill(`${CANARY} one`);
  await page.locator("#p-adult-people-who-would-call-0-0").fill("Jo");
  await saveOnDevice(page);
  // A change after saving is saved too (autosave), then the page is reloaded.
  await changeAndWaitForAutosave(page, () => page.locator("#p-adult-code-word").fill("bluebird"));
  await page.reload();
  await expect(page.getByRole("heading", { name: "Locked" })).toBeVisible();
  // The locked screen is neutral: it does not say what is locked.
  await expect(page.locator("main")).not.toContainText("safety");
  await unlockWith(page, "not the right words");
  await expect(page.getByRole("alert")).toContainText("That passphrase did not open it");
  await expect(page.getByRole("alert")).toContainText("Nothing on this screen has changed");
  await unlockWith(page);
  await openAllSections(page);
  await expect(page.locator("#p-adult-worries")).toHaveValue(`${CANARY} one`);
  await expect(page.locator("#p-adult-code-word")).toHaveValue("bluebird");
  await expect(page.locator("#p-adult-people-who-would-call-0-0")).toHaveValue("Jo");
  await expect(page.getByRole("note")).toContainText("Saved and locked on this device");
});

test("IndexedDB holds no plain text, under a neutral name", async ({ page }) => {
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill(CANARY);
  await saveOnDevice(page);
  await changeAndWaitForAutosave(page, () => page.locator("#p-adult-warning-signs").fill(`${CANARY} two`));
  const { databases, values } = await rawStorage(page);
  expect(databases).toEqual(["app-data"]);
  // The locked record, and beside it the 4-byte revision number (docs/file-format.md).
  expect(values.map((v) => v.length === 4)).toEqual([false, true]);
  for (const v of values) {
    expect(v).not.toContain("CANARY");
    expect(v).not.toContain("worries");
    if (v.length !== 4) expect(v.startsWith("\xb7\x1d\xe4\x92\x0f\xc8\x81\xf3")).toBe(true);
  }
});

test("the quick exit locks: the last words typed are saved, and the next visit is locked", async ({ page }) => {
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ status: 204 }));
  await page.clock.install();
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await saveOnDevice(page);
  // Time stands still from here, so autosave cannot run: only the exit can save the last words.
  await pauseClock(page);
  const before = await storedRevision(page);
  await page.locator("#p-adult-worries").click();
  await page.keyboard.type("typed just before leaving");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expect.poll(() => page.evaluate(() => document.body.innerText.trim())).toBe("");
  // The exit's own save has landed when the stored revision moves on.
  await expect.poll(() => storedRevision(page)).not.toBe(before);
  await page.clock.resume();
  await page.goto("/plan/adult/");
  await unlockWith(page);
  await openAllSections(page);
  await expect(page.locator("#p-adult-worries")).toHaveValue("typed just before leaving");
});

test("it locks itself after the idle time, clearing the screen", async ({ page }) => {
  await page.clock.install();
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("left open on the table");
  await saveOnDevice(page);
  await page.clock.runFor(1_000);
  await page.clock.runFor(config.idleLockMinutes * 60_000 - 5_000);
  await expect(page.locator("#p-adult-worries")).toBeVisible();
  await lockAndWaitForReload(page, () => page.clock.runFor(10_000));
  expect(await page.locator("textarea, input[type=text]").count()).toBe(0);
  expect(await page.content()).not.toContain("left open on the table");
  await unlockWith(page);
  await openAllSections(page);
  await expect(page.locator("#p-adult-worries")).toHaveValue("left open on the table");
});

test("Lock now clears the screen and locks", async ({ page }) => {
  await page.goto("/checklist/");
  await saveOnDevice(page);
  await page.getByRole("button", { name: "Lock now" }).click();
  await expect(page.getByRole("heading", { name: "Locked" })).toBeVisible();
});

test("Delete everything leaves no database, and Forgot your passphrase leads there too", async ({ page }) => {
  test.slow(); // two saves (each a slow key derivation) and two trips to the deleted page
  await page.goto("/plan/adult/");
  await saveOnDevice(page);
  await page.getByRole("button", { name: "Delete everything on this device" }).click();
  // Where deleting is offered, it says plainly that the browser may keep older locked copies.
  await expect(page.getByText("A browser can keep older locked copies in its own files")).toBeVisible();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  // It lands on the page whose response has the browser clear the site's storage.
  await page.waitForURL("**/deleted/");
  await expect(page.getByText("Everything saved on this device has been deleted.")).toBeVisible();
  expect((await everyStorage(page)).indexedDB).toEqual([]);
  await page.getByRole("link", { name: "Start again" }).click();
  await page.goto("/plan/adult/");
  await saveOnDevice(page, "a different set of words");
  await page.reload();
  await page.getByText("Forgot your passphrase?").click();
  await page.getByRole("button", { name: "Delete everything and start again" }).click();
  await expect(page.getByText("A browser can keep older locked copies in its own files")).toBeVisible();
  await page.getByRole("button", { name: "Yes, delete everything" }).click();
  await page.waitForURL("**/deleted/");
  expect((await everyStorage(page)).indexedDB).toEqual([]);
});

test("with IndexedDB blocked, the plan still works in memory and says so kindly", async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", { get: () => undefined, configurable: true });
  });
  const page = await context.newPage();
  await page.goto("/plan/adult/");
  await expect(page.getByText("This browser does not let sites save on the device")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save on this device" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save a copy" })).toBeVisible();
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("still works");
  await expect(page.locator("#p-adult-worries")).toHaveValue("still works");
  await context.close();
});

test("a throwing IndexedDB (blocked in a private window) is caught when saving", async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const blocked = () => {
      throw new DOMException("blocked", "InvalidStateError");
    };
    IDBFactory.prototype.open = blocked;
    IDBFactory.prototype.databases = async () => [];
  });
  const page = await context.newPage();
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("kept in memory");
  await page.getByRole("button", { name: "Save on this device" }).click();
  await page.getByLabel("Choose a passphrase").fill(PASSPHRASE);
  await page.getByLabel("Type the passphrase again").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Save and lock" }).click();
  await expect(page.getByRole("alert")).toContainText("does not let sites save on the device");
  await expect(page.locator("#p-adult-worries")).toHaveValue("kept in memory");
  await context.close();
});

test("confirmations come into view and are announced (they take focus), on a phone and a desktop", async ({ page }) => {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 640 });
    await page.goto("/plan/adult/");
    await page.waitForSelector(".plan-editor[data-ready]");
    // Saving: the form closes under the reader, and the notice takes its place.
    await page.getByRole("button", { name: "Save on this device" }).click();
    await page.getByLabel("Choose a passphrase").fill(PASSPHRASE);
    await page.getByLabel("Type the passphrase again").fill(PASSPHRASE);
    await page.getByRole("button", { name: "Save and lock" }).click();
    const saved = page.locator(".keep-note").filter({ hasText: "Saved and locked" });
    await expect(saved, `${width}: saved`).toBeInViewport();
    await expect(saved, `${width}: saved`).toBeFocused();
    // A copy: what happens next.
    await page.getByRole("button", { name: "Save a copy" }).click();
    await page.getByLabel("Choose a passphrase").fill(PASSPHRASE);
    await page.getByLabel("Type the passphrase again").fill(PASSPHRASE);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download locked copy" }).click();
    await download;
    const downloading = page.getByRole("heading", { name: "Your locked copy is downloading" });
    await expect(downloading, `${width}: downloading`).toBeInViewport();
    await expect(downloading, `${width}: downloading`).toBeFocused();
    // Deleting: the question, then what was done, which is said on the page "Delete everything"
    // lands on (it alone clears the browser's storage: /deleted/).
    await page.getByRole("button", { name: "Delete everything on this device" }).click();
    const question = page.locator(".confirm").filter({ hasText: "Delete everything saved on this device?" });
    await expect(question, `${width}: question`).toBeInViewport();
    await expect(question, `${width}: question`).toBeFocused();
    await page.getByRole("button", { name: "Yes, delete everything" }).click();
    await page.waitForURL("**/deleted/");
    await expect(
      page.getByText("Everything saved on this device has been deleted."),
      `${width}: deleted`,
    ).toBeInViewport();
  }
});
