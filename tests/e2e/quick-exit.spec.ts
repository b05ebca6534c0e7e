import type { Page } from "@playwright/test";
import { parseSiteConfig } from "../../src/core/config/parse";
import { LANGUAGES, localPath, splitLangPath } from "../../src/core/i18n/languages";
import {
  builtPages,
  EXIT_URL,
  exitLink,
  exitTitleIn,
  expect,
  pauseClock,
  siteConfig,
  stubExit,
  test,
} from "./fixtures";

const pages = builtPages();
/** Each language's pages in a test of their own, so each test stays well inside its time. */
const offered = parseSiteConfig(siteConfig).languages;
const byLanguage = LANGUAGES.map((lang) => ({ lang, paths: pages.filter((p) => splitLangPath(p).lang === lang) }));

/** Opens a page with its clock stopped (pauseClock). */
async function openWithClockStopped(page: Page, path: string): Promise<void> {
  await page.clock.install();
  await page.goto(path);
  await pauseClock(page);
}

/** True when nothing of the site can be seen: the root is hidden or the body is empty. */
async function showsNothing(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const hidden = getComputedStyle(document.documentElement).display === "none";
    return hidden || (document.body?.innerText.trim() ?? "") === "";
  });
}

test.describe("a. a real link, always in view, first in the Tab order", () => {
  test("every page's static HTML has the exit link with the right rel", async ({ request }) => {
    for (const path of pages) {
      const html = await (await request.get(path)).text();
      const tag = /<a\b[^>]*data-quick-exit[^>]*>/.exec(html)?.[0] ?? "";
      expect(tag, path).toContain(`href="${EXIT_URL}"`);
      expect(tag, path).toContain('rel="nofollow noreferrer"');
    }
  });

  /**
   * One test per language: each page loads once, is checked as the first Tab stop, then in
   * view and uncovered at the top and the bottom, on a small phone and then on a desktop (the
   * width changed in place).
   */
  for (const { lang, paths } of byLanguage)
    test(`first in the Tab order, in view, uncovered and 44×44 at 320×640 and 1280×800, top and bottom, on every page in ${lang}`, async ({
      page,
    }) => {
      test.slow(); // 14 pages, each checked at 4 places
      for (const path of paths) {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(path);
        const link = exitLink(page, lang);
        await page.keyboard.press("Tab");
        await expect(link, `${path}: the first Tab stop`).toBeFocused();
        for (const viewport of [
          { width: 320, height: 640 },
          { width: 1280, height: 800 },
        ]) {
          await page.setViewportSize(viewport);
          for (const where of ["top", "bottom"] as const) {
            const at = `${path} at ${viewport.width}px, ${where}`;
            await page.evaluate((y) => window.scrollTo(0, y), where === "top" ? 0 : 1e9);
            const box = await link.boundingBox();
            expect(box, at).not.toBeNull();
            if (!box) continue;
            expect(box.width, at).toBeGreaterThanOrEqual(44);
            expect(box.height, at).toBeGreaterThanOrEqual(44);
            expect(box.x, at).toBeGreaterThanOrEqual(0);
            expect(box.y, at).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width, at).toBeLessThanOrEqual(viewport.width);
            expect(box.y + box.height, at).toBeLessThanOrEqual(viewport.height);
            // Nothing on top of it: the element at each corner and the centre is the link itself.
            const uncovered = await link.evaluate((el) => {
              const r = el.getBoundingClientRect();
              // 4 px in from each corner: inside the rounded corner even when the box's edge
              // falls between pixels (a longer label gives a fractional width, and 2 px in from
              // such a corner can land just outside the curve, on the header behind).
              const i = 4;
              const points: Array<[number, number]> = [
                [r.left + r.width / 2, r.top + r.height / 2],
                [r.left + i, r.top + i],
                [r.right - i, r.top + i],
                [r.left + i, r.bottom - i],
                [r.right - i, r.bottom - i],
              ];
              return points.every(([x, y]) => {
                const hit = document.elementFromPoint(x, y);
                return hit !== null && el.contains(hit);
              });
            });
            expect(uncovered, `${at}: something covers the exit`).toBe(true);
          }
        }
      }
    });
});

test("b. without JavaScript it is a plain link that leaves", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await stubExit(page);
  await page.goto("/help/");
  await exitLink(page).click();
  await page.waitForURL(EXIT_URL);
  await expect(page.getByText("Weather stub")).toBeVisible();
  await context.close();
});

test.describe("c. click or Shift ×3 exits, in one event", () => {
  // The neutral title in the page's own language ("New Tab", "Tab Newydd"…), or the organisation's.
  for (const lang of offered)
    test(`a click hides the page, sets a neutral title in ${lang}, clears session storage, tells islands, replaces`, async ({
      page,
      context,
    }) => {
      const opened: string[] = [];
      context.on("page", (p) => opened.push(p.url()));
      await stubExit(page);
      const about = localPath(lang, "/about/");
      await page.goto(about);
      // An island's listener sees the state of the page inside the same event, and reports it
      // on the console, which outlives the page.
      await page.evaluate(() => {
        sessionStorage.setItem("plan-draft", "secret");
        window.addEventListener("quickexit", () => {
          const state = {
            display: getComputedStyle(document.documentElement).display,
            title: document.title,
            session: sessionStorage.length,
          };
          console.info(`exit-state ${JSON.stringify(state)}`);
        });
      });
      const report = page.waitForEvent("console", (m) => m.text().startsWith("exit-state"));
      await exitLink(page, lang).click();
      const state = JSON.parse((await report).text().slice("exit-state ".length));
      expect(state).toEqual({ display: "none", title: exitTitleIn(lang), session: 0 });
      await page.waitForURL(EXIT_URL);
      const cdp = await context.newCDPSession(page);
      const history = await cdp.send("Page.getNavigationHistory");
      expect(history.entries.map((e) => e.url).filter((u) => u.includes(about))).toEqual([]);
      expect(opened).toEqual([]);
    });

  test("Shift three times exits, left and right both count", async ({ page }) => {
    await stubExit(page);
    await page.goto("/help/");
    await page.keyboard.press("ShiftLeft");
    await page.keyboard.press("ShiftRight");
    await page.keyboard.press("ShiftLeft");
    await page.waitForURL(EXIT_URL);
  });

  test("works while typing in a field, and Shift held for a capital does not count", async ({ page }) => {
    await stubExit(page);
    await page.goto("/help/");
    await page.evaluate(() => {
      const input = document.createElement("input");
      input.id = "typing";
      input.setAttribute("aria-label", "typing");
      document.querySelector("main")?.prepend(input);
    });
    await page.locator("#typing").focus();
    // Shift held to type a capital must not count towards the exit.
    const capital = async (key: string) => {
      await page.keyboard.down("Shift");
      await page.keyboard.press(key);
      await page.keyboard.up("Shift");
    };
    await capital("KeyH");
    await page.keyboard.type("ello ");
    await capital("KeyW");
    await page.keyboard.type("orld");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    // The count shows both presses were heard, and the capitals none: still here.
    await expect(page.locator("#qe-link")).toHaveAttribute("data-presses", "2");
    expect(page.url()).not.toBe(EXIT_URL);
    await expect(page.locator("#typing")).toHaveValue("Hello World");
    // A capital in the middle of the count starts it again.
    await capital("KeyX");
    await expect(page.locator("#qe-link")).toHaveAttribute("data-presses", "0");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await expect(page.locator("#qe-link")).toHaveAttribute("data-presses", "2");
    expect(page.url()).not.toBe(EXIT_URL);
    await page.keyboard.press("Shift");
    await page.waitForURL(EXIT_URL);
  });

  // Shift with the pointer or the wheel is Shift used with something else: extending a text
  // selection, dragging, scrolling sideways. Three of them must not throw a plan away.
  for (const [what, use] of [
    ["Shift+click three times (extending a selection)", (page: Page) => page.mouse.click(200, 300)],
    [
      "Shift+drag three times",
      async (page: Page) => {
        await page.mouse.move(150, 300);
        await page.mouse.down();
        await page.mouse.move(250, 320, { steps: 3 });
        await page.mouse.up();
      },
    ],
    ["Shift+wheel three times", (page: Page) => page.mouse.wheel(0, 120)],
  ] as const)
    test(`${what} does not exit`, async ({ page }) => {
      await stubExit(page);
      await page.goto("/help/");
      await page.mouse.move(200, 300);
      for (let i = 0; i < 3; i++) {
        await page.keyboard.down("Shift");
        await use(page);
        await page.keyboard.up("Shift");
      }
      await expect(page.locator("#qe-link")).toHaveAttribute("data-presses", "0");
      // A Shift press with the pointer also starts the count again.
      await page.keyboard.press("Shift");
      await page.keyboard.press("Shift");
      await page.keyboard.down("Shift");
      await use(page);
      await page.keyboard.up("Shift");
      await expect(page.locator("#qe-link")).toHaveAttribute("data-presses", "0");
      expect(page.url()).not.toBe(EXIT_URL);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // Shift alone still works afterwards.
      for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      await page.waitForURL(EXIT_URL);
    });

  test("presses more than 5 s apart do not add up; within 5 s they do", async ({ page }) => {
    await stubExit(page);
    await openWithClockStopped(page, "/help/");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await page.clock.runFor(5_001);
    await page.keyboard.press("Shift");
    await expect(page.locator("#qe-link")).toHaveAttribute("data-presses", "1");
    await page.clock.runFor(4_999);
    await page.keyboard.press("Shift");
    await page.clock.runFor(4_999);
    await page.keyboard.press("Shift");
    await page.waitForURL(EXIT_URL);
  });
});

test("d. progress and a status message for each press, and when it expires", async ({ page }) => {
  await openWithClockStopped(page, "/help/");
  const status = page.getByRole("status").filter({ hasText: /Shift/ });
  const link = page.locator("#qe-link");
  await page.keyboard.press("Shift");
  await expect(page.locator("#qe-status")).toHaveText("Shift: press 2 more times to exit");
  await expect(link).toHaveAttribute("data-presses", "1");
  await page.keyboard.press("Shift");
  await expect(status).toHaveText("Shift: press 1 more time to exit");
  await expect(link).toHaveAttribute("data-presses", "2");
  // The filled dots are visible, not just an attribute.
  const filled = await link
    .locator(".qe-dots span")
    .evaluateAll((dots) => dots.map((d) => getComputedStyle(d).backgroundColor !== "rgba(0, 0, 0, 0)"));
  expect(filled).toEqual([true, true, false]);
  await page.clock.runFor(5_001);
  await expect(status).toHaveText("Shift: exit shortcut expired");
  await expect(link).toHaveAttribute("data-presses", "0");
});

test("e. works from first paint, with no island or bundled script loaded", async ({ browser }) => {
  // Its own context: the blocked scripts log load errors, which this test expects.
  const context = await browser.newContext();
  const page = await context.newPage();
  // Block every external script: only the inline one in the page can run.
  await page.route("**/_astro/*.js", (route) => route.abort());
  await stubExit(page);
  await page.goto("/plan/adult/", { waitUntil: "commit" });
  await page.locator("#qe-link").waitFor({ state: "attached" });
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.keyboard.press("Shift");
  await page.waitForURL(EXIT_URL);
  await context.close();
});

test.describe("f. history and the back/forward cache", () => {
  test("the site takes one history entry, and the exit replaces it", async ({ page }) => {
    await stubExit(page);
    await page.goto("/");
    await page.getByRole("link", { name: "Phone numbers", exact: true }).first().click();
    await page.waitForURL("**/help/");
    await page.getByRole("link", { name: "About", exact: true }).click();
    await page.waitForURL("**/about/");
    const cdp = await page.context().newCDPSession(page);
    const before = await cdp.send("Page.getNavigationHistory");
    const siteEntries = before.entries.filter((e) => e.url.startsWith("http://localhost"));
    expect(siteEntries).toHaveLength(1);
    await exitLink(page).click();
    await page.waitForURL(EXIT_URL);
    const after = await cdp.send("Page.getNavigationHistory");
    expect(after.entries.map((e) => e.url).filter((u) => u.startsWith("http://localhost"))).toEqual([]);
    await page.goBack().catch(() => undefined);
    expect(page.url().startsWith("http://localhost")).toBe(false);
  });
});

test("g. if the destination cannot load, the tab is blank", async ({ page }) => {
  // 204: the navigation is abandoned and the tab keeps the site's document. It must be empty.
  let answer: () => void = () => {};
  const answered = new Promise<void>((resolve) => {
    answer = resolve;
  });
  await page.route(`${new URL(EXIT_URL).origin}/**`, async (route) => {
    await route.fulfill({ status: 204 });
    answer();
  });
  await page.goto("/help/");
  await exitLink(page).click();
  // The destination has answered "no content", so the browser gives up on leaving.
  await answered;
  expect(page.url()).toContain("/help/");
  expect(await showsNothing(page)).toBe(true);
  expect(await page.evaluate(() => document.body.innerText.trim())).toBe("");
});

test("g. offline: a failed destination shows the browser's error page, not the site", async ({ page }) => {
  await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.abort("internetdisconnected"));
  await page.goto("/help/");
  await exitLink(page).click();
  // The browser's own error page has replaced the site's document.
  await page.waitForURL(/^chrome-error:/);
  const text = await page.evaluate(() => document.body?.innerText ?? "");
  expect(text).not.toContain("Phone numbers for help");
  expect(text).not.toContain("999");
});

test.describe("h. a first-visit notice", () => {
  test("shows on the first page in a tab, can be dismissed, and not again in that tab", async ({ page, context }) => {
    await page.goto("/");
    const notice = page.getByRole("region", { name: "Leaving this site quickly" });
    await expect(notice).toBeVisible();
    await expect(notice.getByRole("link", { name: /what the exit does/i })).toHaveAttribute(
      "href",
      "/staying-safe-online/",
    );
    await notice.getByRole("button", { name: "OK, hide this" }).click();
    await expect(notice).toBeHidden();
    await page.goto("/help/");
    await expect(page.getByRole("region", { name: "Leaving this site quickly" })).toBeHidden();
    const second = await context.newPage();
    await second.goto("/help/");
    await expect(second.getByRole("region", { name: "Leaving this site quickly" })).toBeVisible();
  });
});
