import type { Page } from "@playwright/test";
import { parseSiteConfig } from "../../src/core/config/parse";
import { EXIT_URL, expect, pauseClock, siteConfig, test } from "./fixtures";

// The session's "Are you still there?" warning is answered by a press, a tap or a key. A human
// press lasts longer than a frame: these tests hold each across one (on the page's paused clock)
// and check that the press reaches the control it was meant for, and nothing that the closing
// dialog uncovers beneath it.

const config = parseSiteConfig(siteConfig);
const HELD_MS = 150; // longer than a frame and than Preact's wait for one

/** The session with the warning up, focus having been on a control in the plan before it. */
async function warningUp(page: Page) {
  await page.clock.install();
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await page.getByRole("button", { name: /^Open Adult's plan/ }).click();
  await page.locator(".plan-editor summary").first().focus();
  await pauseClock(page);
  const warning = page.getByRole("dialog", { name: "Are you still there?" });
  await page.clock.runFor(config.sessionWarnMinutes * 60_000 + 1_000);
  await expect(warning).toBeVisible();
  // Every click outside the dialog, by the path it had when it was sent (a control the dialog
  // drops on its way out has left the dialog by the time a later listener looks).
  await page.evaluate(() => {
    const w = window as unknown as { clicksBeneath: string[] };
    w.clicksBeneath = [];
    window.addEventListener(
      "click",
      (e) => {
        if (!e.composedPath().some((n) => n instanceof HTMLDialogElement))
          w.clicksBeneath.push((e.target as Element).outerHTML.slice(0, 80));
      },
      true,
    );
  });
  return warning;
}

const clicksBeneath = (page: Page) =>
  page.evaluate(() => (window as unknown as { clicksBeneath: string[] }).clicksBeneath);

test.describe("on a touch screen", () => {
  test.use({ hasTouch: true, viewport: { width: 360, height: 740 } });

  test("a tap on Keep going, the finger held, closes the warning and presses nothing beneath it", async ({ page }) => {
    const warning = await warningUp(page);
    const box = (await warning.getByRole("button", { name: "Keep going" }).boundingBox())!;
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    // Playwright's tap lifts the finger at once; a person's stays down for a frame or more.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [at] });
    await page.clock.runFor(HELD_MS);
    await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
    await page.clock.runFor(HELD_MS);
    await expect(warning).toHaveCount(0);
    expect(await clicksBeneath(page)).toEqual([]);
  });
});

test("the exit inside the warning leaves when pressed with the mouse, the button held", async ({ page }) => {
  const warning = await warningUp(page);
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>elsewhere</title>" }),
  );
  const box = (await warning.getByRole("link", { name: "Exit this page" }).boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.clock.runFor(HELD_MS);
  await page.mouse.up();
  await page.waitForURL(EXIT_URL);
});

test("the exit inside the warning leaves when pressed with Enter", async ({ page }) => {
  const warning = await warningUp(page);
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<title>elsewhere</title>" }),
  );
  await warning.getByRole("link", { name: "Exit this page" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForURL(EXIT_URL);
});
