import { LANGUAGE_INFO, localPath, SOURCE_LANG, splitLangPath } from "../../src/core/i18n/languages";
import { builtPages, EXIT_URL, expect, offeredLanguages, stubExit, test } from "./fixtures";

/**
 * One test per page, so each has its own time and a failure names its page: every English page.
 * Every other language's page has the same Tab stops in the same order as its English twin, the
 * exit first, checked on the built pages (tests/built/pages.test.ts); what is shown or hidden is
 * the same CSS in every language.
 */
for (const path of builtPages().filter((p) => splitLangPath(p).lang === SOURCE_LANG)) {
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

/**
 * The quick exit is the first Tab stop (at the bar's end, where it is looked for) and the skip
 * link the second; after them Tab goes through the top bar and the language links under it in the
 * order they read: line by line, and along each line in the language's direction.
 */
for (const lang of offeredLanguages) {
  const { dir } = LANGUAGE_INFO[lang];
  test(`in ${lang}, after the exit and the skip link, Tab follows the top bar and the languages as they read, at 360 and 1280 px`, async ({
    page,
  }) => {
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(localPath(lang, "/help/"));
      await page.keyboard.press("Tab");
      await expect(page.locator("[data-quick-exit]"), `${width}px: the first Tab stop`).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(page.locator(".skip-link"), `${width}px: the second`).toBeFocused();
      const stops: Array<{ name: string; top: number; bottom: number; left: number; right: number }> = [];
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press("Tab");
        const stop = await page.evaluate(() => {
          const el = document.activeElement;
          if (!el?.closest(".topbar, .languages-row")) return null;
          const r = el.getBoundingClientRect();
          return { name: (el.textContent ?? "").trim(), top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        });
        if (!stop) break;
        stops.push(stop);
      }
      // The site's name, then each other language offered.
      expect(stops.length, `${width}px: stops in the top bar and the languages after the skip link`).toBe(
        offeredLanguages.length,
      );
      for (let i = 1; i < stops.length; i++) {
        const [a, b] = [stops[i - 1], stops[i]];
        if (!a || !b) continue;
        const lineBelow = b.top >= a.bottom - 1;
        const sameLine = b.top < a.bottom && b.bottom > a.top;
        const further = dir === "rtl" ? b.right <= a.left + 1 : b.left >= a.right - 1;
        expect(lineBelow || (sameLine && further), `${width}px: "${a.name}" then "${b.name}", as the bar reads`).toBe(
          true,
        );
      }
    }
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

test("a language link's focus ring shows whole, clear of the sticky bar above it", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto("/");
  const link = page.locator(".languages a").first();
  await link.focus();
  await expect(link).toBeFocused();
  // The ring reaches 5 px beyond the link (global.css, :focus-visible): just inside its top
  // edge, at the link's middle, the bar must not be painted over it.
  const covered = await link.evaluate((a) => {
    const r = a.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top - 4);
    return Boolean(hit?.closest(".topbar"));
  });
  expect(covered, "the top of the ring is under the sticky bar").toBe(false);
});
