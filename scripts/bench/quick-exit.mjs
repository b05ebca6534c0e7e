// @ts-check
import { readFileSync } from "node:fs";
import { median } from "./browser.mjs";

const GOVUK = "node_modules/govuk-frontend/dist/govuk";

/**
 * GOV.UK Frontend's "Exit this page" on our own page: the same built /help/ page, with the same
 * header, stylesheets and words, our exit link swapped for GOV.UK's button in the same place
 * (styled as ours), our inline script taken out, GOV.UK's CSS that hides the content and its
 * component's script added, started as GOV.UK's pages start it. Only the exits differ.
 * @param {string} ours the built /help/ page
 * @param {string} exitUrl
 */
function govukPage(ours, exitUrl) {
  const css = readFileSync(`${GOVUK}/govuk-frontend.min.css`, "utf8");
  const hide = (/\.govuk-exit-this-page-hide-content[^}]*}/g.exec(css) ?? []).join("");
  const script = readFileSync(`${GOVUK}/components/exit-this-page/exit-this-page.bundle.js`, "utf8");
  const button = `<div class="govuk-exit-this-page" data-module="govuk-exit-this-page"><a href="${exitUrl}" role="button" draggable="false" class="qe-link govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" data-module="govuk-button" rel="nofollow noreferrer"><span class="govuk-visually-hidden">Emergency</span> Exit this page</a></div>`;
  const page = ours
    // Served without our CSP (it would refuse GOV.UK's inline script), and without our exit.
    .replace(/<meta http-equiv="content-security-policy"[^>]*>/, "")
    .replace(/<script>[\s\S]*?<\/script>/, "")
    .replace(/<a id="qe-link"[\s\S]*?<\/a>/, () => button)
    .replace(
      "</head>",
      `<style>.govuk-visually-hidden{position:absolute!important;width:1px!important;height:1px!important;overflow:hidden!important;clip-path:inset(50%)!important}.govuk-exit-this-page-hide-content *{display:none!important}.govuk-exit-this-page-hide-content .govuk-exit-this-page-overlay{display:block!important}${hide}</style></head>`,
    )
    .replace("<body>", '<body class="govuk-frontend-supported">')
    .replace(
      "</body>",
      () =>
        `<script>${script}</script><script>new GOVUKFrontend.ExitThisPage(document.querySelector('[data-module="govuk-exit-this-page"]'));</script></body>`,
    );
  if (page.includes("data-quick-exit") || !page.includes("govuk-js-exit-this-page-button"))
    throw new Error("the GOV.UK page still has our exit, or lacks GOV.UK's");
  return page;
}

/**
 * Time from the input event (its timeStamp) to the page being hidden, for our exit and GOV.UK
 * Frontend's, alternately in the same browser, on pages of the same size. Both are read the same
 * way: a MutationObserver notes the first moment the page is hidden (ours: the root's inline
 * display:none; GOV.UK's: its class on <body>). The exit URL answers 204 so the page stays put.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 * @param {string} exitUrl
 * @param {"click" | "keyboard"} how
 */
export async function quickExitLatency(browser, base, exitUrl, how, tries = 40) {
  const page = await browser.newPage();
  await page.route(`${new URL(exitUrl).origin}/**`, (route) => route.fulfill({ status: 204 }));
  const ours = await (await fetch(`${base}/help/`)).text();
  await page.route(`${base}/__govuk__/`, (route) =>
    route.fulfill({ contentType: "text/html", body: govukPage(ours, exitUrl) }),
  );
  await page.addInitScript(() => {
    const w = /** @type {any} */ (window);
    w.__inputAt = 0;
    w.__hiddenAt = 0;
    for (const type of ["click", "keyup"]) {
      window.addEventListener(type, (e) => (w.__inputAt = e.timeStamp), true);
    }
    const hidden = () =>
      document.documentElement.style.display === "none" ||
      document.body?.classList.contains("govuk-exit-this-page-hide-content");
    new MutationObserver(() => {
      if (!w.__hiddenAt && w.__inputAt && hidden()) w.__hiddenAt = performance.now();
    }).observe(document, { subtree: true, attributes: true, childList: true });
  });
  /** @type {{ ours: number[], govuk: number[] }} */
  const samples = { ours: [], govuk: [] };
  for (let i = 0; i < tries; i++) {
    for (const [who, path, button] of /** @type {const} */ ([
      ["ours", "/help/", "#qe-link"],
      ["govuk", "/__govuk__/", ".govuk-exit-this-page__button"],
    ])) {
      await page.goto(`${base}${path}`);
      if (how === "click") await page.locator(button).click();
      else for (let n = 0; n < 3; n++) await page.keyboard.press("Shift");
      await page.waitForFunction(() => /** @type {any} */ (window).__hiddenAt > 0);
      samples[who].push(
        await page.evaluate(() => /** @type {any} */ (window).__hiddenAt - /** @type {any} */ (window).__inputAt),
      );
    }
  }
  await page.close();
  return { ours: median(samples.ours), govuk: median(samples.govuk) };
}
