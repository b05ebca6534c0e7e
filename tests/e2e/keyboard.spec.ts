import { builtPages, EXIT_URL, expect, stubExit, test } from "./fixtures";

// One test per page, so each has its own time and a failure names its page.
for (const path of builtPages()) {
  test(`every link on ${path} can be reached with Tab, the exit link first`, async ({ page }) => {
    await page.goto(path);
    // Number every visible link, then Tab until focus comes round again, noting what it reached.
    const total = await page.$$eval("a[href]", (as) => {
      const visible = as.filter((a) => a.checkVisibility() || a.matches(".skip-link"));
      for (const [i, a] of visible.entries()) a.setAttribute("data-k", String(i));
      return visible.length;
    });
    const reached = new Set<string>();
    let first: string | null = null;
    for (let i = 0; i < 500; i++) {
      await page.keyboard.press("Tab");
      const here = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return "body";
        if (!el.hasAttribute("data-tab-seen")) el.setAttribute("data-tab-seen", String(Math.random()));
        return `${el.getAttribute("data-tab-seen")}|${el.getAttribute("data-k") ?? ""}|${el.hasAttribute("data-quick-exit")}`;
      });
      if (first === null) {
        first = here;
        expect(here.endsWith("|true"), `${path}: first Tab stop is the exit`).toBe(true);
      } else if (here === first) break;
      const k = here.split("|")[1];
      if (k) reached.add(k);
    }
    const missing = await page.$$eval(
      "a[data-k]",
      (as, seen) => as.filter((a) => !seen.includes(a.getAttribute("data-k") ?? "")).map((a) => a.outerHTML),
      [...reached],
    );
    expect(missing, path).toEqual([]);
    expect(reached.size, path).toBe(total);
  });
}

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
