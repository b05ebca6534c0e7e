// @ts-check
import { benchPage } from "./browser.mjs";
import { OPENING_BLOCK_MS, QUICK_EXIT_HIDDEN_MS } from "./budgets.mjs";
import { median } from "./median.mjs";

/**
 * Opening files, measured in Chromium:
 * - the longest the main thread is blocked while opening each of a set of files (real
 *   households, the largest a person can make, and hostile files), through the same functions
 *   the page uses, read from a Chromium trace;
 * - how long the quick exit takes (input to page hidden) when it is clicked while the page is
 *   opening a correctly encrypted hostile file (10 million brackets, 10 KB), on the real site.
 */

/**
 * The longest task on a page's main thread in a Chromium trace, by the thread's own CPU time:
 * how long the page's code held the thread. (Wall time would also count the moments the system
 * gave the CPU to something else, which on a busy machine is most of it.)
 * @param {Buffer} trace
 */
function longestMainThreadTask(trace) {
  const parsed = JSON.parse(trace.toString("utf8"));
  /** @type {any[]} */
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const main = new Set(
    events
      .filter((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longest = 0;
  for (const e of events) {
    if (e.ph === "X" && e.name === "RunTask" && main.has(`${e.pid}:${e.tid}`)) {
      longest = Math.max(longest, (e.tdur ?? e.dur ?? 0) / 1000);
    }
  }
  return longest;
}

/**
 * For each file: opens it `tries` times under a trace and notes the longest main-thread task.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 * @returns {Promise<{ name: string, kb: number, code: string, ms: number }[]>}
 */
export async function openingBlocks(browser, base, tries = 3) {
  const page = await benchPage(browser, base, "scripts/bench/opening-entry.ts");
  /** @type {{ name: string, kb: number, expected: string }[]} */
  const files = await page.evaluate(() => /** @type {any} */ (window).prepareFiles());
  const rows = [];
  for (const [i, f] of files.entries()) {
    await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
    /** @type {string} */
    const code = await page.evaluate(([n, t]) => /** @type {any} */ (window).openFileNumber([n, t]), [i, tries]);
    const ms = longestMainThreadTask(await browser.stopTracing());
    if (code !== f.expected) throw new Error(`opening ${f.name} gave ${code}, not ${f.expected}`);
    rows.push({ name: f.name, kb: f.kb, code, ms });
  }
  await page.close();
  return rows;
}

/**
 * Clicks the exit while the page reads a hostile file it has just decrypted: a wrapper around
 * `crypto.subtle.decrypt` tells the bench the moment decryption ends, and the click follows
 * 0, 1, 2 … ms later, while the page decompresses and checks what is inside. Returns the median
 * and the slowest time from the press to the page being hidden.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 * @param {string} exitUrl
 */
export async function exitWhileOpening(browser, base, exitUrl, tries = 20) {
  const maker = await benchPage(browser, base, "scripts/bench/opening-entry.ts");
  const hostile = Buffer.from(await maker.evaluate(() => /** @type {any} */ (window).hostileFile()));
  await maker.close();
  const page = await browser.newPage();
  await page.route(`${new URL(exitUrl).origin}/**`, (route) => route.fulfill({ status: 204 }));
  /** @type {() => void} */
  let decrypted = () => {};
  await page.exposeFunction("__benchDecrypted", () => decrypted());
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__inputAt = 0;
    // The press starts the input: with the page blocked, the click itself would be made late.
    window.addEventListener("pointerdown", (e) => (w.__inputAt = e.timeStamp), true);
    // The moment the root is hidden, noted as it happens (the exit tells the page, by its
    // "quickexit" event, only after the frame that draws it hidden).
    // (On the document: an init script runs before <html> exists, and observing null throws,
    // which stopped this script before the decrypt hook below, so the bench waited for ever.)
    new MutationObserver(() => {
      if (!w.__hiddenAt && document.documentElement?.style.display === "none") w.__hiddenAt = performance.now();
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ["style"] });
    const decrypt = SubtleCrypto.prototype.decrypt;
    SubtleCrypto.prototype.decrypt = function (/** @type {any[]} */ ...args) {
      const done = decrypt.apply(this, /** @type {any} */ (args));
      done.then(
        () => w.__benchDecrypted(),
        () => undefined,
      );
      return done;
    };
  });
  const samples = [];
  for (let i = 0; i < tries; i++) {
    await page.goto(`${base}/plan/adult/`);
    await page.waitForSelector(".plan-editor[data-ready]");
    await page.getByRole("button", { name: "Open a saved copy" }).click();
    await page.locator("#import-file").setInputFiles({
      name: "notes.dat",
      mimeType: "application/octet-stream",
      buffer: hostile,
    });
    await page.getByLabel("Passphrase", { exact: true }).fill("bench maple river lantern pebble");
    const box = await page.locator("#qe-link").boundingBox();
    if (!box) throw new Error("no exit link");
    const reading = new Promise((resolve) => (decrypted = () => resolve(undefined)));
    await page.getByRole("button", { name: "Open this copy" }).click();
    // A page that never decrypts (a changed form, a refused file) fails the bench, not hangs it.
    await Promise.race([
      reading,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error("the page never decrypted the hostile file")), 60_000).unref(),
      ),
    ]);
    await new Promise((resolve) => setTimeout(resolve, i));
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction(() => /** @type {any} */ (window).__hiddenAt > 0);
    samples.push(
      await page.evaluate(() => /** @type {any} */ (window).__hiddenAt - /** @type {any} */ (window).__inputAt),
    );
  }
  await page.close();
  return { median: median(samples), worst: Math.max(...samples) };
}

/**
 * The two rows npm run bench shows for opening files.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 * @param {string} exitUrl
 * @returns {Promise<Array<{ name: string, value: number, budget: number, unit: "ms" }>>}
 */
export async function openingMeasures(browser, base, exitUrl) {
  const exit = await exitWhileOpening(browser, base, exitUrl);
  const blocks = await openingBlocks(browser, base);
  const worst = blocks.reduce((a, b) => (b.ms > a.ms ? b : a));
  return [
    {
      name: `Quick exit while opening a hostile file (10 KB, 10 million brackets), click → page hidden (20 tries; slowest ${exit.worst.toFixed(1)} ms)`,
      value: exit.median,
      budget: QUICK_EXIT_HIDDEN_MS,
      unit: "ms",
    },
    {
      name: `Longest main-thread block while opening a file (${blocks.length} files, real and hostile, 3 opens each; worst: ${worst.name})`,
      value: worst.ms,
      budget: OPENING_BLOCK_MS,
      unit: "ms",
    },
  ];
}
