// @ts-check
import { gzipSync } from "node:zlib";

/**
 * JS that saving adds: what the page fetches when someone opens "Save on this device", types
 * a passphrase and saves (crypto, validation, word list, storage), on top of the page's own.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 */
export async function storageAddedJs(browser, base) {
  const page = await browser.newPage();
  /** @type {Promise<Buffer>[]} */
  let later = [];
  let loaded = false;
  page.on("response", (r) => {
    if (loaded && r.url().endsWith(".js")) later.push(r.body());
  });
  await page.goto(`${base}/plan/adult/`, { waitUntil: "networkidle" });
  await page.waitForSelector(".plan-editor[data-ready]");
  loaded = true;
  later = [];
  await page.getByRole("button", { name: "Save on this device" }).click();
  await page.getByLabel("Choose a passphrase").fill("bench maple river lantern pebble");
  await page.getByLabel("Type the passphrase again").fill("bench maple river lantern pebble");
  await page.getByRole("button", { name: "Save and lock" }).click();
  await page.getByText("Saved and locked on this device").first().waitFor();
  await page.waitForLoadState("networkidle");
  let bytes = 0;
  for (const body of later) bytes += gzipSync(await body, { level: 9 }).length;
  await page.close();
  return bytes;
}
