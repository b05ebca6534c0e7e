// @ts-check
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { median } from "./browser.mjs";

const GOVUK = "node_modules/govuk-frontend/dist/govuk";

/** A CSP with the page's inline scripts and styles admitted by hash, as the build admits ours. */
export function admitInline(/** @type {string} */ csp, /** @type {string} */ page) {
  const hashes = (/** @type {RegExp} */ re) =>
    [...page.matchAll(re)]
      .map(
        (m) =>
          `'sha256-${createHash("sha256")
            .update(m[1] ?? "")
            .digest("base64")}'`,
      )
      .join(" ");
  return csp
    .replace("script-src 'self'", `script-src 'self' ${hashes(/<script>([\s\S]*?)<\/script>/g)}`)
    .replace("style-src 'self'", `style-src 'self' ${hashes(/<style>([\s\S]*?)<\/style>/g)}`);
}

/**
 * GOV.UK Frontend's "Exit this page" on our own page: the same built /help/ page, with the same
 * header, stylesheets and words, our exit link swapped for GOV.UK's button in the same place
 * (styled as ours), our inline script taken out, GOV.UK's CSS that hides the content and its
 * component's script added, started as GOV.UK's pages start it. Only the exits differ.
 * @param {string} ours the built /help/ page
 * @param {string} exitUrl
 */
export function govukPage(ours, exitUrl) {
  const css = readFileSync(`${GOVUK}/govuk-frontend.min.css`, "utf8");
  const hide = (/\.govuk-exit-this-page-hide-content[^}]*}/g.exec(css) ?? []).join("");
  const script = readFileSync(`${GOVUK}/components/exit-this-page/exit-this-page.bundle.js`, "utf8");
  const button = `<div class="govuk-exit-this-page" data-module="govuk-exit-this-page"><a href="${exitUrl}" role="button" draggable="false" class="qe-link govuk-button govuk-button--warning govuk-exit-this-page__button govuk-js-exit-this-page-button" data-module="govuk-button" rel="nofollow noreferrer"><span class="govuk-visually-hidden">Emergency</span> Exit this page</a></div>`;
  const page = ours
    // Without our exit; its CSP (here and in the headers) admits GOV.UK's inline code instead.
    .replace(/<script>[\s\S]*?<\/script>/, "")
    .replace(/<a id="qe-link"[\s\S]*?<\/a>/, () => button)
    .replace(
      "</head>",
      `<style>.govuk-visually-hidden{position:absolute!important;width:1px!important;height:1px!important;overflow:hidden!important;clip-path:inset(50%)!important}.govuk-exit-this-page-hide-content *{display:none!important}.govuk-exit-this-page-hide-content .govuk-exit-this-page-overlay{display:block!important}${hide}</style></head>`,
    )
    // What our script marks on the root as the page starts (quick-exit.inline.js): scripts run,
    // and the tab's first page, which shows the notice that explains the exit. The exit clears
    // the tab's storage, so each of our loads is a first page; without these, GOV.UK's page had
    // that notice hidden, and so less to lay out and to hit-test under the pointer.
    .replace(/<html\b/, '<html class="js qe-first"')
    .replace("<body>", '<body class="govuk-frontend-supported">')
    .replace(
      "</body>",
      () =>
        `<script>${script}</script><script>new GOVUKFrontend.ExitThisPage(document.querySelector('[data-module="govuk-exit-this-page"]'));</script></body>`,
    );
  if (page.includes("data-quick-exit") || !page.includes("govuk-js-exit-this-page-button"))
    throw new Error("the GOV.UK page still has our exit, or lacks GOV.UK's");
  return page.replace(
    /(<meta http-equiv="content-security-policy" content=")([^"]*)/,
    (_m, head, csp) => head + admitInline(csp, page),
  );
}

/**
 * The headers a page came with, to serve another page with: those that describe this response's
 * body and connection left out, and its CSP admitting `body`'s own inline code.
 * @param {Response} response
 * @param {string} body
 */
export function servedHeaders(response, body) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const [name, value] of response.headers)
    if (
      !/^(content-length|content-encoding|transfer-encoding|connection|keep-alive|date|etag|last-modified)$/.test(name)
    )
      headers[name] = name === "content-security-policy" ? admitInline(value, body) : value;
  return headers;
}

/**
 * An init script (page.addInitScript) that notes, the same way for both exits, the input's
 * timeStamp (`__inputAt`), the wait before the first listener (`__wait`) and the first moment
 * the page is hidden (`__hiddenAt`: ours, the root's inline display:none; GOV.UK's, its class
 * on <body>). On the document, since an init script runs before <html> exists.
 */
export function watchExit() {
  const w = /** @type {any} */ (window);
  w.__inputAt = 0;
  w.__hiddenAt = 0;
  for (const type of ["click", "keyup"])
    window.addEventListener(
      type,
      (e) => {
        w.__inputAt = e.timeStamp;
        w.__wait = performance.now() - e.timeStamp;
      },
      true,
    );
  const hidden = () =>
    document.documentElement.style.display === "none" ||
    document.body?.classList.contains("govuk-exit-this-page-hide-content");
  new MutationObserver(() => {
    if (!w.__hiddenAt && w.__inputAt && hidden()) w.__hiddenAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, childList: true });
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
  const response = await fetch(`${base}/help/`);
  const ours = await response.text();
  const govuk = govukPage(ours, exitUrl);
  // Served with the very headers ours comes with (a real host sends them to every page of the
  // site), so that only the exits differ: before, it was served bare, without the CSP, COOP and
  // Permissions-Policy that ours carries into the navigation it starts.
  const headers = servedHeaders(response, govuk);
  if (!headers["content-security-policy"]) throw new Error("/help/ came without its CSP: is this the built site?");
  await page.route(`${base}/__govuk__/`, (route) => route.fulfill({ headers, body: govuk }));
  // A CSP refusal (or any error) would mean a page measured without its exit working.
  /** @type {string[]} */
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.addInitScript(watchExit);
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
      if (errors.length) throw new Error(`${who}'s page reported: ${errors.join("; ")}`);
      samples[who].push(
        await page.evaluate(() => /** @type {any} */ (window).__hiddenAt - /** @type {any} */ (window).__inputAt),
      );
    }
  }
  await page.close();
  return { ours: median(samples.ours), govuk: median(samples.govuk) };
}
