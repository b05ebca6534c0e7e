import { builtPages, EXIT_URL, expect, stubExit, test } from "./fixtures";

test("every link on every page can be reached with Tab, the exit link first", async ({ page }) => {
  for (const path of builtPages()) {
    await page.goto(path);
    const links = await page.$$eval("a[href]", (as) =>
      as.filter((a) => (a as HTMLElement).offsetParent !== null || a.matches(".skip-link")).map((a) => a.outerHTML),
    );
    const reached: string[] = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press("Tab");
      const html = await page.evaluate(() => document.activeElement?.outerHTML ?? "");
      if (reached.includes(html)) break;
      reached.push(html);
    }
    expect(reached[0], path).toContain("data-quick-exit");
    for (const link of links) expect(reached, `${path}: ${link}`).toContain(link);
  }
});

test("Enter on a focused link follows it", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Phone numbers", exact: true }).first().focus();
  await page.keyboard.press("Enter");
  await page.waitForURL("**/help/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Phone numbers for help");
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/help/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  const inMain = await page.evaluate(() => document.querySelector("main")?.contains(document.activeElement));
  expect(inMain).toBe(true);
});

test("the quick exit works from the keyboard with Enter", async ({ page }) => {
  await stubExit(page);
  await page.goto("/about/");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForURL(EXIT_URL);
});

test("the notice can be dismissed from the keyboard", async ({ page }) => {
  await page.goto("/");
  const dismiss = page.getByRole("button", { name: "OK, hide this" });
  await dismiss.focus();
  await page.keyboard.press("Enter");
  await expect(dismiss).toBeHidden();
  await expect(page.locator("main")).toBeFocused();
});
