import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { childDrawing } from "./plan-helpers";
import { addPlan } from "./session-helpers";
import { lockAndWaitForReload, saveOnDevice } from "./storage-helpers";

/**
 * Where focus goes after a button whose work takes it away (a dialog closed, an idea kept, a
 * row removed, a panel cancelled): never to the page itself, from which a keyboard user would
 * start again at the top. Each test presses keys only.
 */

async function adultPlan(page: Page) {
  await page.goto("/plan/adult/");
  await page.waitForSelector(".plan-editor[data-ready]");
}

async function press(page: Page, name: string | RegExp) {
  await page.getByRole("button", { name, exact: typeof name === "string" }).focus();
  await page.keyboard.press("Enter");
}

test("closing a tailored tool's dialog with Escape puts focus back on its button", async ({ page }) => {
  await adultPlan(page);
  await press(page, "If I need to go now");
  await expect(page.getByRole("dialog", { name: "If I need to go now" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "If I need to go now" })).toBeFocused();
});

test("closing a tailored tool's dialog with its own button puts focus back on the button that opened it", async ({
  page,
}) => {
  await adultPlan(page);
  await press(page, "Signs of danger");
  await page.getByRole("dialog").getByRole("button", { name: "Back to my plan" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "Signs of danger" })).toBeFocused();
});

test("putting off the offer to shape the plan moves focus to the quick tools after it", async ({ page }) => {
  await adultPlan(page);
  await press(page, "Not now");
  await expect(page.getByRole("button", { name: "If I need to go now" })).toBeFocused();
});

test("keeping a suggested idea moves focus to the next idea", async ({ page }) => {
  await adultPlan(page);
  await press(page, "Start");
  await page.getByLabel("I have a pet or pets").check();
  await page.locator("#p-adult-my-ideas > summary").click();
  const cards = page.locator(".tailor-ideas .tailor-card");
  const second = await cards.nth(1).getByRole("heading").textContent();
  await cards.first().getByRole("button", { name: "Keep in my plan" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: second ?? "", exact: true }).first()).toBeFocused();
});

test("Cancel in Save on this device puts focus back on its button", async ({ page }) => {
  await adultPlan(page);
  await press(page, "Save on this device");
  // The panel is ready once its form has put focus in its first field; Enter before then would
  // reach that field instead.
  await expect(page.getByLabel("Choose a passphrase")).toBeFocused();
  await press(page, "Cancel");
  await expect(page.getByRole("button", { name: "Save on this device" })).toBeFocused();
});

test("removing an item from the list moves focus to the next item, and putting it back follows it", async ({
  page,
}) => {
  await page.goto("/checklist/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.locator("details.section > summary").first().click();
  const statuses = page.locator(".checklist-item select");
  const secondId = await statuses.nth(1).getAttribute("id");
  await page
    .locator(".checklist-item")
    .first()
    .getByRole("button", { name: /^Not for me: remove/ })
    .focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(`[id="${secondId}"]`)).toBeFocused();
  await page.locator("details.removed > summary").click();
  await page.getByRole("button", { name: /^Put back/ }).focus();
  await page.keyboard.press("Enter");
  await expect(statuses.first()).toBeFocused();
});

test("in a session, Remove asks with focus on Keep it, which puts focus back on Remove", async ({ page }) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await addPlan(page, "Young person's plan", "AB");
  await page.getByRole("button", { name: "Back to the household" }).click();
  await press(page, /^Remove .*\(AB\)/);
  await expect(page.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: /^Remove .*\(AB\)/ })).toBeFocused();
});

test("in a session, End asks with focus on No, carry on, which puts focus back on End", async ({ page }) => {
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await press(page, "End session and clear this device");
  await expect(page.getByRole("button", { name: "No, carry on" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("button", { name: "End session and clear this device" })).toBeFocused();
});

test("Undo that leaves nothing to undo moves focus to the drawing", async ({ page }) => {
  const canvas = await childDrawing(page);
  await canvas.focus();
  await page.keyboard.press("Space");
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Space");
  await press(page, "Undo");
  await expect(page.getByRole("button", { name: "Undo" })).toBeDisabled();
  await expect(canvas).toBeFocused();
});

test("Shift+Tab back up the plan never leaves focus under the sticky top bar", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await adultPlan(page);
  await page.locator("#p-adult-getting-ready-to-leave > summary").click();
  await page.getByRole("button", { name: "Print" }).first().focus();
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press("Shift+Tab");
    const clear = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const bar = document.querySelector(".topbar")?.getBoundingClientRect().bottom ?? 0;
      // In the bar itself (the exit, the languages) is in view too.
      return el.closest(".topbar") !== null || el.getBoundingClientRect().top >= bar;
    });
    expect(clear, `Shift+Tab ${i + 1}`).toBe(true);
  }
});

test("Practise my plan, opened from a plan, puts focus on practice's heading", async ({ page }) => {
  await page.goto("/plan/young-person/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await press(page, "Practise my plan");
  await expect(page.locator("main h1.practice-heading")).toBeFocused();
});

test("in the question before leaving, Cancel on saving a copy puts focus back on Save a copy first", async ({
  page,
}) => {
  await adultPlan(page);
  await page.locator("#p-adult-staying-safer-at-home > summary").click();
  await page.locator("#p-adult-code-word").fill("bluebird");
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Home" }).focus();
  await page.keyboard.press("Enter");
  const guard = page.getByRole("dialog", { name: "Leave and clear what you wrote?" });
  await guard.getByRole("button", { name: "Save a copy first" }).focus();
  await page.keyboard.press("Enter");
  await expect(guard.getByLabel("Choose a passphrase")).toBeFocused();
  await guard.getByRole("button", { name: "Cancel" }).focus();
  await page.keyboard.press("Enter");
  await expect(guard.getByRole("button", { name: "Save a copy first" })).toBeFocused();
});

test("a wrong passphrase, sent with the Open button, puts focus back on the passphrase with its error", async ({
  page,
}) => {
  await page.goto("/checklist/");
  await saveOnDevice(page);
  await lockAndWaitForReload(page, () => page.getByRole("button", { name: "Lock now" }).click());
  await page.getByLabel("Passphrase", { exact: true }).fill("not the right words at all");
  await press(page, "Open");
  await expect(page.getByRole("alert")).toBeVisible();
  await expect(page.getByLabel("Passphrase", { exact: true })).toBeFocused();
});

test("on a phone, a session's new screen shows the heading that takes the focus", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/professionals/session/");
  await page.waitForSelector(".session[data-ready]");
  await press(page, /^Open Adult's plan/);
  const heading = page.locator("main h1").first();
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});
