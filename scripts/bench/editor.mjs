// @ts-check
import { median } from "./browser.mjs";

/**
 * Fills every box on a plan page through the DOM (as typing would), so the editor holds a
 * complete plan. Generic: it works for any template.
 * @param {import("@playwright/test").Page} page
 */
export async function fillPage(page) {
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.evaluate(async () => {
    const tick = () => new Promise((r) => setTimeout(r, 0));
    for (const d of document.querySelectorAll("details.section")) /** @type {HTMLDetailsElement} */ (d).open = true;
    await tick();
    const boxes = /** @type {NodeListOf<HTMLInputElement | HTMLTextAreaElement>} */ (
      document.querySelectorAll(
        ".editor-screen textarea, .editor-screen input[type=text], .editor-screen input[type=tel]",
      )
    );
    for (const box of boxes) {
      if (box.closest(".add-own")) continue;
      box.value = `Sample answer for ${box.id}, with enough words to be realistic.`;
      box.dispatchEvent(new Event("input", { bubbles: true }));
      await tick();
    }
    for (const el of document.querySelectorAll(".editor-screen select")) {
      const select = /** @type {HTMLSelectElement} */ (el);
      select.value = "packed";
      select.dispatchEvent(new Event("change", { bubbles: true }));
    }
    for (const el of document.querySelectorAll(
      ".editor-screen input[type=checkbox], .editor-screen input[type=radio][value=yes]",
    )) {
      const box = /** @type {HTMLInputElement} */ (el);
      if (!box.closest(".print-controls") && !box.checked) box.click();
    }
    await tick();
  });
}

/**
 * Time to apply one keystroke to a fully filled plan: from the input event to the editor
 * having re-rendered (Preact renders in a microtask, so the next macrotask sees it done).
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 * @param {string} path
 * @param {string} boxSelector
 */
export async function keystrokeTime(browser, base, path, boxSelector, tries = 60) {
  const page = await browser.newPage();
  await page.goto(base + path);
  await fillPage(page);
  const samples = await page.evaluate(
    async ({ selector, n }) => {
      const box = /** @type {HTMLTextAreaElement} */ (document.querySelector(selector));
      const nextTask = () =>
        new Promise((r) => {
          const c = new MessageChannel();
          c.port1.onmessage = r;
          c.port2.postMessage(0);
        });
      const out = [];
      for (let i = 0; i < n; i++) {
        await nextTask();
        box.value += "a";
        const t0 = performance.now();
        box.dispatchEvent(new InputEvent("input", { bubbles: true, data: "a", inputType: "insertText" }));
        await nextTask();
        out.push(performance.now() - t0);
      }
      return out;
    },
    { selector: boxSelector, n: tries },
  );
  await page.close();
  return median(samples.slice(5));
}
