// @ts-check
import { gzipSync } from "node:zlib";
import { median } from "./browser.mjs";

/** Time-to-usable budget, with the CPU slowed 4×: no worse than the old adult plan page (1.3 s). */
export const USABLE_BUDGET_MS = 1300;

/**
 * From the start of navigation until the workspace has hydrated (its buttons work), with the
 * CPU slowed 4× as on a cheap phone. Median of 5 cold loads.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} url
 * @param {string} ready a selector that appears once the island is usable
 */
export async function timeToUsable(browser, url, ready) {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await context.addInitScript((sel) => {
      new MutationObserver((_m, observer) => {
        if (!document.querySelector(sel)) return;
        /** @type {any} */ (window).__usableAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    }, ready);
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector(ready);
    times.push(
      await page.evaluate(
        (sel) =>
          new Promise((resolve) => {
            // The moment it became ready was recorded by the observer below; read it back.
            const t = /** @type {any} */ (window).__usableAt;
            resolve(t ?? (document.querySelector(sel) ? performance.now() : Number.NaN));
          }),
        ready,
      ),
    );
    await context.close();
  }
  return median(times);
}

/**
 * The JS a move inside the workspace loads: open the adult's plan, then each other plan from
 * "Your plans". Gzipped bytes fetched by the move alone.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 */
export async function jsPerMove(browser, base) {
  const rows = [];
  /** @type {Array<[string, RegExp]>} */
  const moves = [
    ["things to take", /^Things to take/],
    ["young person's plan", /^Young person's plan/],
    ["child's plan", /^Child's plan/],
  ];
  for (const [name, link] of moves) {
    const page = await browser.newPage();
    await page.goto(`${base}/plan/adult/`, { waitUntil: "networkidle" });
    await page.waitForSelector(".workspace[data-ready]");
    /** @type {Promise<Buffer>[]} */
    const bodies = [];
    page.on("response", (r) => {
      if (r.ok() && r.url().endsWith(".js")) bodies.push(r.body());
    });
    await page.getByRole("navigation", { name: "Your plans" }).getByRole("link", { name: link }).click();
    await page.waitForSelector(".plan-editor[data-ready]");
    await page.waitForLoadState("networkidle");
    let bytes = 0;
    for (const b of await Promise.all(bodies)) bytes += gzipSync(b, { level: 9 }).length;
    rows.push({ name: `JS loaded by moving from the adult's plan to the ${name}, in the page (gzipped)`, bytes });
    await page.close();
  }
  return rows;
}
