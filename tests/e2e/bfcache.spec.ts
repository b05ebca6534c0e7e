import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../scripts/chromium.mjs";
import { EXIT_URL, expect, test } from "./fixtures";

// Playwright turns the back/forward cache off by default; these tests turn it back on, in the
// full Chromium (`chromiumPath`): the headless shell most tests run in has no such cache.
test.describe("f. back/forward cache never shows the site's content", () => {
  async function open() {
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: chromiumArgs,
      ignoreDefaultArgs: ["--disable-back-forward-cache"],
    });
    const context = await browser.newContext();
    // Records, in window.name (it survives the reload that follows), whether the page was
    // visible at the instant it came back from the cache. This listener runs before the site's.
    await context.addInitScript(() => {
      window.addEventListener("pageshow", (e) => {
        if (e.persisted) window.name += `restored:${getComputedStyle(document.documentElement).display};`;
      });
    });
    const page = await context.newPage();
    await page.route("http://elsewhere.test/**", (r) =>
      r.fulfill({ status: 200, contentType: "text/html", body: "<title>Elsewhere</title><p>elsewhere</p>" }),
    );
    await page.route(`${new URL(EXIT_URL).origin}/**`, (r) =>
      r.fulfill({ status: 200, contentType: "text/html", body: "<title>Weather</title><p>Weather stub</p>" }),
    );
    return { browser, page };
  }

  test("coming Back after leaving by other means loads the page afresh, dropping what was in memory", async ({
    baseURL,
  }) => {
    const { browser, page } = await open();
    await page.goto(`${baseURL}/help/`);
    await page.evaluate(() => {
      (window as unknown as { inMemory: string }).inMemory = "unsaved words";
      document.querySelector("h1")!.textContent = "Typed but not saved";
    });
    await page.goto("http://elsewhere.test/");
    await page.goBack();
    await page.waitForLoadState("load");
    await expect(page.locator("h1")).toHaveText("Phone numbers for help");
    expect(await page.evaluate(() => (window as unknown as { inMemory?: string }).inMemory)).toBeUndefined();
    // The cache really was used (otherwise this test would prove nothing), and the snapshot
    // came back already hidden, so its content was never painted.
    expect(await page.evaluate(() => window.name)).toContain("restored:none;");
    await browser.close();
  });

  test("after a quick exit, Back never returns to the site", async ({ baseURL }) => {
    const { browser, page } = await open();
    await page.goto("http://elsewhere.test/");
    await page.goto(`${baseURL}/help/`);
    await page.getByRole("link", { name: "Exit this page", exact: true }).click();
    await page.waitForURL(EXIT_URL);
    // A page restored from the cache fires no load event, so wait only for the commit.
    await page.goBack({ waitUntil: "commit" });
    expect(page.url()).toBe("http://elsewhere.test/");
    await browser.close();
  });
});
