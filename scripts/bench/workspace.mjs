// @ts-check
import { gzipSync } from "node:zlib";
import { median } from "./browser.mjs";

/** Time-to-usable budget, with the CPU slowed 4×: no worse than the old adult plan page (1.3 s). */
export const USABLE_BUDGET_MS = 1300;
/** A plan page (or the session) usable no later than 1.5 times /help/ in the same language and run (issue 20). */
export const USABLE_VS_HELP = 1.5;
/**
 * Loads of each page, and of /help/ beside it, for the ratio (usableBesideHelp). One pair's ratio
 * ranged from 1.16× to 1.64× over 21 pairs of the same child's plan on a quiet machine (/help/'s
 * first paint lands on a frame): 11 pairs, not 7, keep the median steadier from run to run.
 */
export const USABLE_TRIES = 11;
/** The mark an island puts on the page's timeline once usable (src/islands/hooks/useReadyMark.ts). */
const READY_MARK = "island-ready";

/** How the page says when it became usable, on its console (oneLoad). */
const REPORT = "bench-ready:";

/**
 * An init script: once the page has a ready mark for each class in `classes` (space-separated),
 * say the latest one's time on the console (as REPORT and its startTime). Runs before the page's
 * own scripts.
 * @param {string[]} args the mark's name, the classes, and REPORT
 */
function reportReadyMark([name, classes, report]) {
  const waiting = new Set(String(classes).split(" "));
  let latest = 0;
  new PerformanceObserver((list, observer) => {
    for (const e of list.getEntries()) {
      if (e.name !== name) continue;
      const marked = String(/** @type {PerformanceMark} */ (e).detail).split(/\s+/);
      for (const cls of marked) if (waiting.delete(cls)) latest = Math.max(latest, e.startTime);
    }
    if (waiting.size > 0) return;
    observer.disconnect();
    console.debug(`${report}${latest}`);
  }).observe({ type: "mark" });
}

/**
 * A plan page and /help/ loaded in turn, `tries` times each, so a machine whose load changes
 * during the run slows both alike. The ratio is the median of each load's ratio to the /help/
 * load just before it: each pair shares the machine's state of that moment. The ratio of the two
 * medians instead set loads seconds apart against each other, and a shared machine's load moved
 * /help/'s median from 232 to 332 ms between two pages of one run (docs/benchmarks.md,
 * 2026-12-07, "paired loads"). Medians of each are reported too.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} url
 * @param {string} ready
 * @param {string} helpUrl
 */
export async function usableBesideHelp(browser, url, ready, helpUrl, tries = USABLE_TRIES) {
  /** @type {number[]} */
  const page = [];
  /** @type {number[]} */
  const help = [];
  /** @type {number[]} */
  const helpLoad = [];
  /** @type {number[]} */
  const ratios = [];
  for (let i = 0; i < tries; i++) {
    const h = await oneLoad(browser, helpUrl, null);
    help.push(h.usable);
    helpLoad.push(h.working);
    const p = (await oneLoad(browser, url, ready)).usable;
    page.push(p);
    ratios.push(p / h.usable);
  }
  return { page: median(page), help: median(help), helpLoad: median(helpLoad), ratio: median(ratios) };
}

/**
 * One cold load: from the start of navigation until the page is usable, with the CPU slowed 4×
 * and a 360 px screen, as on a cheap phone. A page is usable once it is on the screen (its first
 * contentful paint) and working: a plan page once its workspace and its plan's editor have both
 * marked themselves ready (the workspace's mark is the one the end-to-end tests wait for; the
 * editor's comes once the code its fields need is here, which on the list of things to take was a
 * file fetched after the page had started: docs/benchmarks.md, 2026-12-07), a page without an
 * island (`ready` null, such as /help/) once its load event has run (its stylesheets and the
 * quick exit's script are in, and nothing is left to start). Chromium often runs /help/'s load
 * event before its first paint, when there is nothing yet to read or press: the later of the two
 * is when a person can use it (docs/benchmarks.md, 2026-12-06).
 *
 * The moment a plan page became usable is read from its own timeline: the island puts a mark
 * there as it sets `data-ready` (src/islands/hooks/useReadyMark.ts, READY_MARK, with the
 * element's class as its detail). The page reports it itself, by a console message from an init
 * script (the browser's own notice of new marks), and nothing of the bench runs in it while it
 * loads: evaluating in a page that is still loading makes Playwright inject its own script there
 * first, about 35 ms of main thread with the CPU slowed 4×, which slowed the plan page alone
 * (/help/ is read after its load event). Watching the page for the attribute (a MutationObserver
 * on every change, or polling for a selector) did the same.
 * @param {import("@playwright/test").Browser} browser @param {string} url
 * @param {string | null} ready the classes (space-separated) of the elements whose ready marks count,
 * the latest of them (each mark's detail is its element's class list)
 */
async function oneLoad(browser, url, ready) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  let time;
  if (ready) {
    await page.addInitScript(reportReadyMark, [READY_MARK, ready, REPORT]);
    const said = page.waitForEvent("console", {
      predicate: (m) => m.text().startsWith(REPORT),
      // A renamed mark would otherwise leave the bench waiting for ever.
      timeout: 60_000,
    });
    await page.goto(url, { waitUntil: "commit" });
    time = Number((await said).text().slice(REPORT.length));
  } else {
    await page.goto(url, { waitUntil: "load" });
    time = await page.evaluate(
      () => /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType("navigation")[0]).loadEventEnd,
    );
  }
  const shown = await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error("no first contentful paint within 60 s")), 60_000);
        new PerformanceObserver((list, observer) => {
          const paint = list.getEntriesByName("first-contentful-paint")[0];
          if (!paint) return;
          observer.disconnect();
          resolve(paint.startTime);
        }).observe({ type: "paint", buffered: true });
      }),
  );
  await context.close();
  const working = /** @type {number} */ (time);
  return { working, usable: Math.max(working, /** @type {number} */ (shown)) };
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
