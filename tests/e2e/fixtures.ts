import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test as base, expect, type Page } from "@playwright/test";
import axe from "axe-core";
import { siteConfigPath, siteOutDir } from "../../scripts/site-paths.mjs";
import { parseSiteConfig } from "../../src/core/config/parse";
import { catalogueWith } from "../../src/core/i18n/catalogue";
import { LANGUAGE_INFO, type Lang, SOURCE_LANG, splitLangPath } from "../../src/core/i18n/languages";

/**
 * The build under test and its configuration, as playwright.config.ts set them: the tests' own
 * (dist-test/, tests/site.config.test.json) for npm test, the organisation's for npm run check-site.
 */
export const distDir = siteOutDir();
export const siteConfig = JSON.parse(readFileSync(siteConfigPath(), "utf8")) as {
  exitUrl: string;
  exitTitle?: string;
  siteName: string;
  idleLockMinutes: number;
  localServices?: Array<{ name: string; phone: string; website?: string }>;
};
export const EXIT_URL = siteConfig.exitUrl;

/**
 * The quick exit, by its name in a language ("Exit this page", "Gadael y dudalen hon"…), with the
 * organisation's own wording if it changed it.
 */
export function exitLink(page: Page, lang: Lang = SOURCE_LANG) {
  const name = String(catalogueWith(lang, parseSiteConfig(siteConfig).messages).pages["quickExit.label"]);
  return page.getByRole("link", { name, exact: true });
}

/** The tab's title the moment the exit is used: the organisation's, or "New Tab" in the page's language. */
export function exitTitleIn(lang: Lang = SOURCE_LANG): string {
  return (
    siteConfig.exitTitle ??
    String(catalogueWith(lang, parseSiteConfig(siteConfig).messages).pages["quickExit.tabTitle"])
  );
}

/** The languages the site under test offers (its configuration's `languages`). */
export const offeredLanguages: readonly Lang[] = parseSiteConfig(siteConfig).languages;

/**
 * The languages a check that repeats for every page, or for every colour scheme, runs in the
 * browser: English, and the first right-to-left language offered, since a page lays out by its
 * direction and its CSS, which every language shares. Every language's own words, names, links
 * and labels are checked on every built page without a browser (tests/built/), and each
 * language's journeys still run once in the browser (docs/testing.md, "Many languages").
 */
export const layoutLanguages: readonly Lang[] = [
  SOURCE_LANG,
  ...offeredLanguages.filter((lang) => LANGUAGE_INFO[lang].dir === "rtl").slice(0, 1),
];

/** Whether a built page is in one of layoutLanguages. */
export const inLayoutLanguage = (path: string): boolean => layoutLanguages.includes(splitLangPath(path).lang);

/** Every page in the built site, as a URL path ("/", "/help/", …), the 404 page excepted. */
export function builtPages(): string[] {
  if (!existsSync(join(distDir, "index.html"))) {
    throw new Error(
      `No built site in ${distDir}: npm run test:e2e builds the tests' own; for npm run check-site, run npm run build first.`,
    );
  }
  return readdirSync(distDir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith("index.html"))
    .map((f) => `/${relative(distDir, join(distDir, f)).replace(/index\.html$/, "")}`)
    .sort();
}

/**
 * Stops the page's fake clock (page.clock.install() first): from now on it moves only by
 * page.clock.runFor, so however long a busy machine takes between two steps, the page sees
 * exactly the time the test gives it. (Installed but not paused, it also runs in real time.)
 */
export async function pauseClock(page: Page): Promise<void> {
  // pauseAt needs a time still to come, and on a busy machine the page's clock can pass a
  // near one before the call lands; then a little further on.
  for (const ahead of [1_000, 5_000, 30_000]) {
    try {
      await page.clock.pauseAt(await page.evaluate((ms) => Date.now() + ms, ahead));
      return;
    } catch (e) {
      if (!/to the past/.test(String(e))) throw e;
    }
  }
  throw new Error("could not stop the page's clock");
}

/** A stand-in for the exit destination: the tests never reach the real internet. */
export async function stubExit(page: Page, body = "<title>Weather</title><h1>Weather stub</h1>"): Promise<void> {
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body }),
  );
}

interface Fixtures {
  /** Requests that tried to leave localhost (blocked), and console errors such as CSP reports. */
  offSite: string[];
  consoleErrors: string[];
}

/**
 * Every test runs with all off-site requests blocked and recorded, and fails on any console
 * error, which is how Chromium reports a CSP violation. A test that expects the exit to
 * navigate away stubs the exit URL first (stubExit), which takes precedence.
 */
export const test = base.extend<Fixtures>({
  offSite: [
    async ({ context }, use) => {
      const offSite: string[] = [];
      await context.route(/^(?!http:\/\/localhost:\d+\/)(https?|wss?):\/\//, (route) => {
        offSite.push(route.request().url());
        return route.abort("blockedbyclient");
      });
      await use(offSite);
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ context }, use) => {
      const errors: string[] = [];
      context.on("console", (msg) => {
        if (msg.type() === "error") errors.push(msg.text());
      });
      context.on("weberror", (err) => errors.push(err.error().message));
      await use(errors);
      expect(errors, "console errors (CSP violations appear here)").toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Waits until every island on the page has hydrated (src/islands/boot/boot.ts marks an island's
 * element once its component is running), so tests see the page a person would use.
 */
export async function waitForIslands(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector("div[data-island]:not([data-hydrated])") === null);
}

/**
 * Time each axe run may take, added to the test's own. A run takes a second or two on an idle
 * machine and several times that on a busy one, and some tests check many screens.
 */
const AXE_RUN_MS = 15_000;

/**
 * The rules whose outcome depends on colour. The dark scheme changes only the colour custom
 * properties (global.css, child.css), so on a screen already checked in full in light these
 * are all a dark run can find.
 */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/** Runs axe on the page as it is now and fails, naming each rule and element, on any violation. */
export async function expectNoAxeViolations(
  page: Page,
  where: string,
  options: { rules?: readonly string[] } = {},
): Promise<void> {
  test.info().setTimeout(test.info().timeout + AXE_RUN_MS);
  // axe-core runs in the page itself, put there once per document. @axe-core/playwright's
  // AxeBuilder put its 550 KB script into the page on every run, then opened a second page to
  // put it there again and merge the results, which it needs only for frames from other
  // origins; the site has no frames. That was more than half of each page check's time.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axe.source);
  const rules = options.rules ? [...options.rules] : null;
  const violations = await page.evaluate(
    async (only) =>
      (
        await (window as unknown as { axe: typeof axe }).axe.run(
          document,
          only ? { runOnly: { type: "rule", values: only } } : {},
        )
      ).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    rules,
  );
  expect(violations, where).toEqual([]);
}

/** Resizes the page's viewport and waits two frames, so layout and resize handlers have run. */
export async function resizeTo(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: page.viewportSize()?.height ?? 800 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

export const AXE_WIDTHS = [360, 1280] as const;

/**
 * Axe on the screen as it is, at a phone's and a desktop's width: the screen is reached once and
 * checked at both, rather than built again for each. Ends at the width it started at.
 */
export async function expectNoAxeViolationsAtWidths(page: Page, where: string): Promise<void> {
  const start = page.viewportSize()?.width ?? AXE_WIDTHS[0];
  for (const width of AXE_WIDTHS) {
    await resizeTo(page, width);
    await expectNoAxeViolations(page, `${where} at ${width}px`);
  }
  await resizeTo(page, start);
}

export { expect };
