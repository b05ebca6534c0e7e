import type { Page } from "@playwright/test";
import { parseSiteConfig } from "../../src/core/config/parse";
import { PLACEHOLDER_ORGANISATION } from "../../src/core/config/schema";
import { storage as storageWords } from "../../src/core/i18n/en/ui/storage";
import { localPath } from "../../src/core/i18n/languages";
import { READ_ALOUD_WORDS } from "../../src/core/practice/words";
import { expect, siteConfig, test } from "./fixtures";
import { childDrawing, ME_STEP } from "./plan-helpers";

/** The child's plan on a device with no voice of its own. */
async function silentChildPlan(page: Page) {
  await page.addInitScript(() => {
    Object.defineProperty(window, "speechSynthesis", { configurable: true, value: undefined });
  });
  await page.goto("/plan/child/");
  await page.waitForSelector(".plan-editor[data-ready]");
}

test("with no voice, the note for the adult shows once, and says how to keep the answers before reloading", async ({
  page,
}) => {
  await silentChildPlan(page);
  const note = page.getByRole("note").filter({ hasText: READ_ALOUD_WORDS.missing });
  await expect(note).toBeVisible();
  // Reloading clears a plan kept only on this screen: the note says to keep it first, by the
  // button's own name, and never sends the adult straight to a reload.
  await expect(note).toContainText(storageWords["storage.keep.saveCopy"]);
  await page.getByRole("button", { name: /^Step 2:/ }).click();
  await expect(page.locator("#p-child-step-title")).toBeFocused();
  await expect(page.getByRole("note").filter({ hasText: READ_ALOUD_WORDS.missing })).toHaveCount(0);
  await page.getByRole("button", { name: /^Step 1:/ }).click();
  await expect(page.getByRole("note").filter({ hasText: READ_ALOUD_WORDS.missing })).toHaveCount(0);
});

/** How much of the drawing is inked. */
const inked = (page: Page) =>
  page.locator("canvas.drawing").evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 128) dark++;
    return dark;
  });

test("Clear can be undone: the drawing comes back, and both buttons carry a picture", async ({ page }) => {
  const canvas = await childDrawing(page);
  await canvas.evaluate((c) => c.scrollIntoView({ block: "center" }));
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + 30, box.y + 30);
  await page.mouse.down();
  await page.mouse.move(box.x + 160, box.y + 120, { steps: 8 });
  await page.mouse.up();
  const done = page.getByRole("button", { name: new RegExp(`^Step ${ME_STEP}:.*\\(done\\)`) });
  await expect(done).toBeVisible();
  const before = await inked(page);
  expect(before).toBeGreaterThan(50);

  await page.getByRole("button", { name: "Clear" }).click();
  await expect(done).toHaveCount(0);
  await expect.poll(() => inked(page)).toBe(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(done).toBeVisible();
  // Drawn again in one go, the line's edges differ by a few pixels from when it was drawn.
  await expect.poll(() => inked(page)).toBeGreaterThan(before * 0.9);
  for (const name of ["Undo", "Clear"]) await expect(page.getByRole("button", { name }).locator("svg")).toHaveCount(1);
});

test("practice reads well with the child's own answers, and the pretend call lets the child say the address first", async ({
  page,
}) => {
  await page.goto("/plan/child/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.locator(".step-dot").nth(2).click();
  await page.locator("#p-child-my-safe-place").fill("my bedroom");
  await page.locator(".step-dot").nth(3).click();
  await page.locator("#p-child-my-address").fill("12 Oak Road");
  await page.getByRole("button", { name: "Practise my plan" }).click();
  await page.getByRole("button", { name: "Practise what to do" }).click();
  // The child's own words are quoted as theirs, not run on after "your".
  const first = page.locator(".practice");
  await expect(first).toContainText("your safe place: “my bedroom”");
  // Going to one's bedroom is not offered to a child already up in their room.
  await expect(page.getByRole("heading", { level: 1 })).not.toContainText("your room");
  for (let i = 0; i < 2; i++) await page.getByRole("button", { name: "Next", exact: true }).click();
  await expect(page.locator(".practice-choices")).not.toContainText("Stay in your room");

  await page.getByRole("button", { name: "Stop" }).click();
  await page.getByRole("button", { name: "Practise a pretend 999 call" }).click();
  for (let i = 0; i < 2; i++) await page.getByRole("button", { name: "Next", exact: true }).click();
  const box = page.locator("input.input-big");
  await expect(box).toHaveValue("");
  await expect(page.locator(".practice")).not.toContainText("12 Oak Road");
  // The line to say leaves a gap for the child's own words ("I live at your address." read oddly).
  await expect(page.locator("label[for^='call-answer-']")).toHaveText("I live at …");
  await box.fill("12 Oak");
  await expect(page.locator(".practice")).toContainText("12 Oak Road");
});

test("the footer names no one until an organisation is configured, in every language", async ({ page }) => {
  const config = parseSiteConfig(siteConfig);
  test.skip(config.organisation.name !== PLACEHOLDER_ORGANISATION.name, "an organisation is configured");
  for (const lang of config.languages) {
    await page.goto(localPath(lang, "/"));
    const footer = page.locator("footer.site-footer");
    await expect(footer).toBeVisible();
    await expect(footer.locator("p")).toHaveCount(1);
    await expect(footer).not.toContainText(PLACEHOLDER_ORGANISATION.name);
  }
});
