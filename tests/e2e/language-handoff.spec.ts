import type { Page } from "@playwright/test";
import { parseSiteConfig } from "../../src/core/config/parse";
import { LANGUAGE_INFO, type Lang } from "../../src/core/i18n/languages";
import { EXIT_URL, exitLink, expect, siteConfig, stubExit, test } from "./fixtures";
import { openAllSections } from "./plan-helpers";

/**
 * Switching language in the middle of a plan keeps the plan: a Welsh-medium child with an
 * English-speaking adult switches, and the answers come along (src/core/workspace/handoff.ts).
 * Nothing readable is kept on the way, and nothing at all once the new page has started.
 */
test.skip(!parseSiteConfig(siteConfig).languages.includes("cy"), "the organisation offers no Welsh");

const languageLink = (page: Page, lang: Lang) =>
  page.getByRole("navigation", { name: /./ }).getByRole("link", { name: LANGUAGE_INFO[lang].name, exact: true });

/** Every sessionStorage entry but the quick-exit notice's own flag. */
const stored = (page: Page) =>
  page.evaluate(() => Object.entries(sessionStorage).filter(([k]) => k !== "qe-notice-seen"));

test.beforeEach(() => test.slow()); // each test loads two or three plan pages

async function childStep(page: Page, n: number) {
  await page
    .locator(".step-dot")
    .nth(n - 1)
    .click();
}

test("switching from the Welsh child plan to English keeps the answers, and keeps nothing on the way", async ({
  page,
}) => {
  await page.goto("/cy/plan/child/");
  await page.waitForSelector(".workspace[data-ready]");
  await childStep(page, 3);
  await page.locator("#p-child-my-safe-place").fill("Fy ystafell wely");
  await childStep(page, 4);
  await page.locator("#p-child-my-name").fill("Sam");
  await languageLink(page, "en").click();

  await page.waitForURL((url) => url.pathname === "/plan/child/");
  await expect(page.locator("html")).toHaveAttribute("lang", LANGUAGE_INFO.en.htmlLang);
  await page.waitForSelector(".workspace[data-ready]");
  await childStep(page, 4);
  await expect(page.locator("#p-child-my-name")).toHaveValue("Sam");
  await childStep(page, 3);
  await expect(page.locator("#p-child-my-safe-place")).toHaveValue("Fy ystafell wely");
  // The key has left the address, and the sealed copy has left the tab's storage.
  expect(new URL(page.url()).hash).toBe("");
  expect(await stored(page)).toEqual([]);
  // The plans are held only here again: leaving asks first, as it did on the Welsh page.
  await page.getByRole("link", { name: "Home" }).first().click();
  await expect(page.getByRole("dialog")).toBeVisible();
});

test("after switching language the quick exit still clears everything: coming back finds no plan and nothing stored", async ({
  page,
}) => {
  await stubExit(page);
  await page.goto("/cy/plan/child/");
  await page.waitForSelector(".workspace[data-ready]");
  await childStep(page, 4);
  await page.locator("#p-child-my-name").fill("Sam");
  await languageLink(page, "en").click();
  await page.waitForURL((url) => url.pathname === "/plan/child/");
  await page.waitForSelector(".workspace[data-ready]");
  await childStep(page, 4);
  await expect(page.locator("#p-child-my-name")).toHaveValue("Sam");
  await exitLink(page).click();
  await page.waitForURL(EXIT_URL);
  await page.goto("/plan/child/");
  await page.waitForSelector(".workspace[data-ready]");
  await childStep(page, 4);
  await expect(page.locator("#p-child-my-name")).toHaveValue("");
  expect(await stored(page)).toEqual([]);
});

test("the session page keeps the household when switching language, with no 'Leave site?' prompt", async ({ page }) => {
  // The plans come along, so the browser's prompt (which says changes may be lost) must not
  // show; answering it "Stay" would keep the page in Welsh. Each prompt is counted, then stayed.
  const prompts: string[] = [];
  page.on("dialog", async (d) => {
    await d.dismiss();
    prompts.push(d.type());
  });
  await page.goto("/cy/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.locator(".household-plan .button").first().click();
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("Pryder cyntaf");
  await languageLink(page, "en").click();
  await page.waitForURL((url) => url.pathname === "/professionals/session/");
  await expect(page.locator("html")).toHaveAttribute("lang", LANGUAGE_INFO.en.htmlLang);
  await page.waitForSelector(".session[data-ready]");
  // The plan that was open is open again, with its words.
  await openAllSections(page);
  await expect(page.locator("#p-adult-worries")).toHaveValue("Pryder cyntaf");
  await page.getByRole("button", { name: "Back to the household" }).click();
  await expect(page.locator(".household-plan").first()).toContainText("1 answer");
  expect(new URL(page.url()).hash).toBe("");
  expect(await stored(page)).toEqual([]);
  expect(prompts).toEqual([]);
});

test("a session's minutes go on from its start after switching language, not from nought", async ({ page }) => {
  await page.clock.install();
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.locator(".household-plan .button").first().click();
  await openAllSections(page);
  await page.locator("#p-adult-worries").fill("First worry");
  await page.clock.fastForward("12:00");
  const status = page.locator(".session-status");
  await expect(status).toContainText("for 12 minutes");
  await languageLink(page, "cy").click();
  await page.waitForURL((url) => url.pathname === "/cy/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await openAllSections(page);
  await expect(page.locator("#p-adult-worries")).toHaveValue("First worry");
  await expect(status).toContainText(/\b12\b/);
});
