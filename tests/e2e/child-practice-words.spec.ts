import type { Page } from "@playwright/test";
import { storage as storageWords } from "../../src/core/i18n/en/ui/storage";
import { READ_ALOUD_WORDS } from "../../src/core/practice/words";
import { expect, test } from "./fixtures";

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
