import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

export const PASSPHRASE = "maple river lantern pebble orchard";

/** Turns on "Save on this device" with a passphrase, through the page. */
export async function saveOnDevice(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.getByRole("button", { name: "Save on this device" }).click();
  await page.getByLabel("Choose a passphrase").fill(passphrase);
  await page.getByLabel("Type the passphrase again").fill(passphrase);
  await page.getByRole("button", { name: "Save and lock" }).click();
  await expect(page.getByRole("note")).toContainText("Saved and locked on this device");
}

export async function unlockWith(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await expect(page.getByRole("heading", { name: "Locked" })).toBeVisible();
  await page.getByLabel("Passphrase", { exact: true }).fill(passphrase);
  await page.getByRole("button", { name: "Open", exact: true }).click();
}

/**
 * Locks the page by `lock` and waits until it has loaded afresh (Lock drops the whole heap by
 * reloading once everything is written). Until then the page may be mid-navigation, and reading
 * it would race. A mark left on the old window tells the new one apart (the navigation timing
 * entry would too, but Playwright's fake clock hides it).
 */
export async function lockAndWaitForReload(page: Page, lock: () => Promise<unknown>): Promise<void> {
  await page.evaluate(() => Object.assign(window, { beforeLock: true }));
  await lock();
  await expect.poll(() => page.evaluate(() => !("beforeLock" in window)).catch(() => false)).toBe(true);
  await expect(page.getByRole("heading", { name: "Locked" })).toBeVisible();
}

/**
 * Runs `change` and waits until autosave has written it: the saved revision on the page moves
 * on and nothing is left pending. Reading the revision first means an autosave that has not
 * started yet cannot pass for one that has finished.
 */
export async function changeAndWaitForAutosave(page: Page, change: () => Promise<unknown>): Promise<void> {
  const workspace = page.locator(".workspace[data-ready]");
  const before = await workspace.getAttribute("data-revision");
  await change();
  await expect(workspace).not.toHaveAttribute("data-revision", before ?? "");
  await expect(page.locator(".workspace[data-ready]:not([data-pending])")).toBeVisible();
}

/** The saved record's 4-byte revision as stored, or null when none is stored. */
export async function storedRevision(page: Page): Promise<string | null> {
  return (await rawStorage(page)).values.find((v) => v.length === 4) ?? null;
}

/** Every database, and the raw bytes of every stored value, as latin1 text. */
export async function rawStorage(page: Page): Promise<{ databases: string[]; values: string[] }> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? "");
    const values: string[] = [];
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const storeName of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const r = db.transaction(storeName).objectStore(storeName).getAll();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        for (const v of all) {
          const bytes = v instanceof Uint8Array ? v : new TextEncoder().encode(JSON.stringify(v));
          values.push(Array.from(bytes, (b) => String.fromCharCode(b)).join(""));
        }
      }
      db.close();
    }
    return { databases: names, values };
  });
}

/** What the browser keeps for this origin, in every storage API a page can see. */
export async function everyStorage(page: Page) {
  return page.evaluate(async () => ({
    indexedDB: (await indexedDB.databases()).map((d) => d.name),
    localStorage: localStorage.length,
    sessionStorage: Object.keys(sessionStorage),
    caches: "caches" in window ? await caches.keys() : [],
    cookies: document.cookie,
  }));
}
