// @ts-check
import { gzipSync } from "node:zlib";
import { median } from "./browser.mjs";

/** Time-to-usable budget, with the CPU slowed 4×: no worse than the old adult plan page (1.3 s). */
export const USABLE_BUDGET_MS = 1300;
/** A plan page (or the session) usable no later than 1.5 times /help/ in the same language and run (issue 20). */
export const USABLE_VS_HELP = 1.5;

/**
 * From the start of navigation until the page is usable, with the CPU slowed 4× and a 360 px
 * screen, as on a cheap phone. Median of 5 cold loads. A plan page is usable once its workspace
 * has hydrated (the ready mark the end-to-end tests wait for: its fields take typing, its
 * buttons work); a page without an island (`ready` null, such as /help/) once its load event has
 * run (its stylesheets and the quick exit's script are in, and nothing is left to start).
 * @param {import("@playwright/test").Browser} browser
 * @param {string} url
 * @param {string | null} ready a selector that appears once the island is usable
 */
export async function timeToUsable(browser, url, ready, tries = 5) {
  const times = [];
  for (let i = 0; i < tries; i++) times.push(await oneLoad(browser, url, ready));
  return median(times);
}

/**
 * A plan page and /help/ loaded in turn, 5 times each, so a machine whose load changes during
 * the run slows both alike; medians of each.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} url
 * @param {string} ready
 * @param {string} helpUrl
 */
export async function usableBesideHelp(browser, url, ready, helpUrl, tries = 5) {
  /** @type {number[]} */
  const page = [];
  /** @type {number[]} */
  const help = [];
  for (let i = 0; i < tries; i++) {
    help.push(await oneLoad(browser, helpUrl, null));
    page.push(await oneLoad(browser, url, ready));
  }
  return { page: median(page), help: median(help) };
}

/** One cold load, as timeToUsable says. @param {import("@playwright/test").Browser} browser @param {string} url @param {string | null} ready */
async function oneLoad(browser, url, ready) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  if (ready)
    await context.addInitScript((sel) => {
      new MutationObserver((_m, observer) => {
        if (!document.querySelector(sel)) return;
        /** @type {any} */ (window).__usableAt = performance.now();
        observer.disconnect();
      }).observe(document, { subtree: true, childList: true, attributes: true });
    }, ready);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  let time;
  if (ready) {
    await page.goto(url, { waitUntil: "commit" });
    await page.waitForSelector(ready);
    // The moment it became ready was recorded by the observer; read it back.
    time = await page.evaluate(() => /** @type {any} */ (window).__usableAt ?? performance.now());
  } else {
    await page.goto(url, { waitUntil: "load" });
    time = await page.evaluate(
      () => /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType("navigation")[0]).loadEventEnd,
    );
  }
  await context.close();
  return time;
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
