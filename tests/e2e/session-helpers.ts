import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** Back to the session's household list, if a plan is open. */
export async function toHousehold(page: Page): Promise<void> {
  const back = page.getByRole("button", { name: "Back to the household" });
  if ((await back.count()) > 0) await back.click();
}

/** Adds a child's or young person's plan to the household, under the initials given. */
export async function addPlan(
  page: Page,
  kind: "Child's plan (simple steps)" | "Young person's plan",
  initials: string,
): Promise<void> {
  await toHousehold(page);
  await page.getByLabel(kind).check();
  await page.getByLabel("Their initials").fill(initials);
  await page.getByRole("button", { name: "Add plan" }).click();
  // The label shows the initials as the session keeps them: letters only, in capitals.
  await expect(page.locator(".session-plan-label")).toContainText(
    `(${initials.replace(/[^A-Za-z]/g, "").toUpperCase()})`,
  );
}
