import { expect, stubExit, test } from "./fixtures";
import { openAllSections } from "./plan-helpers";
import { everyStorage, lockAndWaitForReload, PASSPHRASE, saveOnDevice, unlockWith } from "./storage-helpers";

const SECRET = "CANARY-heap-9d2e plan words";

test("after Lock now, no element or global still holds the plan text or the passphrase", async ({ page }) => {
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill(SECRET);
  await saveOnDevice(page);
  // The page is loaded afresh once the record is written, so the old heap is gone.
  await lockAndWaitForReload(page, () => page.getByRole("button", { name: "Lock now" }).click());
  expect(await page.content()).not.toContain("CANARY");
  const globals = await page.evaluate(() => {
    const seen: string[] = [];
    for (const key of Object.getOwnPropertyNames(window)) {
      try {
        const value = (window as unknown as Record<string, unknown>)[key];
        if (typeof value === "string") seen.push(value);
        else if (value && typeof value === "object") seen.push(JSON.stringify(value) ?? "");
      } catch {
        /* cyclic or guarded: not plan text */
      }
    }
    return seen.join("\n");
  });
  expect(globals).not.toContain("CANARY");
  expect(globals).not.toContain(PASSPHRASE);
});

test("storage that never answers gets the kind message in about 5 s, and the typing stays", async ({ browser }) => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    // A request that never succeeds nor fails, as a wedged IndexedDB behaves.
    IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
    IDBFactory.prototype.databases = async () => [];
  });
  const page = await context.newPage();
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("kept while storage hangs");
  await page.getByRole("button", { name: "Save on this device" }).click();
  await page.getByLabel("Choose a passphrase").fill(PASSPHRASE);
  await page.getByLabel("Type the passphrase again").fill(PASSPHRASE);
  await page.getByRole("button", { name: "Save and lock" }).click();
  await expect(page.getByRole("alert")).toContainText("does not let sites save on the device", { timeout: 15_000 });
  await expect(page.locator("#p-adult-worries")).toHaveValue("kept while storage hangs");
  await context.close();
});

test("Shift tapped between other keys never counts toward the exit (Sticky Keys capitals)", async ({ page }) => {
  await stubExit(page);
  await page.goto("/plan/adult/");
  await openAllSections(page);
  const box = page.locator("#p-adult-worries");
  await box.click();
  // Shift alone, then a letter, three times over, as Sticky Keys types "AbCd".
  for (const letter of ["a", "b", "c", "d"]) {
    await page.keyboard.press("Shift");
    await page.keyboard.press(letter);
  }
  await page.keyboard.press("Shift");
  await page.keyboard.press("x");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await expect(box).toHaveValue("abcdx");
  expect(page.url()).toContain("/plan/adult/");
  // Three in a row still leave.
  await page.keyboard.press("Shift");
  await page.waitForURL(/weather/);
});

test("with saving on, the last words are saved when the page is left at once: reload, or closing the tab", async ({
  context,
}) => {
  const page = await context.newPage();
  // Several tabs and page loads: on a busy machine this takes longer than one page's test.
  test.slow();
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await saveOnDevice(page);
  // Reloaded straight after typing, before the autosave's pause has passed.
  await page.locator("#p-adult-worries").fill("typed just before reloading");
  await page.reload();
  await unlockWith(page);
  await openAllSections(page);
  await expect(page.locator("#p-adult-worries")).toHaveValue("typed just before reloading");
  // Closed straight after typing.
  await page.locator("#p-adult-code-word").fill("typed just before closing");
  await page.close();
  const again = await context.newPage();
  await again.goto("/plan/adult/");
  await unlockWith(again);
  await openAllSections(again);
  await expect(again.locator("#p-adult-code-word")).toHaveValue("typed just before closing");
  await expect(again.locator("#p-adult-worries")).toHaveValue("typed just before reloading");
});

test("the saved plan deleted under a live tab: it says so, keeps the words, and offers saving again", async ({
  page,
}) => {
  test.slow();
  await page.goto("/plan/adult/");
  await openAllSections(page);
  await saveOnDevice(page);
  // As the browser's "Clear browsing data" does: from outside the page's own code.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const request = indexedDB.deleteDatabase("app-data");
        request.onsuccess = request.onerror = () => resolve(null);
      }),
  );
  await page.locator("#p-adult-worries").fill("typed after the clear");
  await expect(page.getByRole("status").filter({ hasText: "is no longer there" })).toBeVisible();
  await expect(page.getByText("changed in another tab")).toHaveCount(0);
  await expect(page.locator("#p-adult-worries")).toHaveValue("typed after the clear");
  // Nothing was made again behind the person's back; saving is offered again.
  expect((await everyStorage(page)).indexedDB).toEqual([]);
  await saveOnDevice(page);
  await page.reload();
  await unlockWith(page);
  await openAllSections(page);
  await expect(page.locator("#p-adult-worries")).toHaveValue("typed after the clear");
});
