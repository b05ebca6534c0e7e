import { rmSync } from "node:fs";
import { chromium, type Page } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "../../scripts/chromium.mjs";
import { parseSiteConfig } from "../../src/core/config/parse";
import { catalogueWith } from "../../src/core/i18n/catalogue";
import { LANGUAGE_INFO, LANGUAGES, type Lang, localPath, splitLangPath } from "../../src/core/i18n/languages";
import { paintedColours } from "./colour-helpers";
import {
  AXE_WIDTHS,
  builtPages,
  EXIT_URL,
  exitLink,
  exitTitleIn,
  expect,
  layoutLanguages,
  offeredLanguages,
  pauseClock,
  resizeTo,
  siteConfig,
  stubExit,
  test,
  waitForIslands,
} from "./fixtures";

const pages = builtPages();
/** Each language's pages in a test of their own, so each test stays well inside its time. */
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

/**
 * Nothing wider than the screen, and the exit inside it at the end of the top bar: the right in
 * a left-to-right language, the left in a right-to-left one, where a reader of it looks last.
 */
async function expectLaidOutInItsDirection(page: Page, where: string, dir: "ltr" | "rtl", width: number) {
  const layout = await page.evaluate(() => {
    const bar = document.querySelector(".topbar .bar")?.getBoundingClientRect();
    const exit = document.querySelector("[data-quick-exit]")?.getBoundingClientRect();
    return {
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      bar: bar ? { left: bar.left, right: bar.right } : null,
      exit: exit ? { left: exit.left, right: exit.right, top: exit.top } : null,
    };
  });
  expect(layout.overflow, `${where}: wider than the screen`).toBeLessThanOrEqual(0);
  expect(layout.exit, where).not.toBeNull();
  expect(layout.bar, where).not.toBeNull();
  if (!layout.exit || !layout.bar) return;
  expect(layout.exit.left, where).toBeGreaterThanOrEqual(0);
  expect(layout.exit.right, where).toBeLessThanOrEqual(width);
  expect(layout.exit.top, where).toBeGreaterThanOrEqual(0);
  const gap = dir === "rtl" ? layout.exit.left - layout.bar.left : layout.bar.right - layout.exit.right;
  expect(
    gap,
    `${where}: the exit is at the ${dir === "rtl" ? "left" : "right"} end of the top bar`,
  ).toBeLessThanOrEqual(24);
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
   * width changed in place); laid out in its direction (nothing wider than the screen, the exit
   * at the bar's end) at 360 and 1280 px; and then left, by a click or by Shift ×3 once its
   * islands are running (each page by one in one language and the other in the next). Every
   * language, not one per direction: the exit's words differ in length, and so does the page.
   * What each page's HTML says (the exit first in the source, its address and words) is checked
   * for every language on the built pages (tests/built/pages.test.ts).
   */
  for (const [langIndex, { lang, paths }] of byLanguage.entries())
    test(`first in the Tab order, in view, uncovered and 44×44 at 320×640 and 1280×800, top and bottom, laid out in its direction, and leaving, on every page in ${lang}`, async ({
      page,
    }) => {
      test.slow(); // 16 pages, each checked at 4 places, then left
      await stubExit(page);
      const { dir } = LANGUAGE_INFO[lang];
      for (const [pageIndex, path] of paths.entries()) {
        await page.setViewportSize({ width: 320, height: 640 });
        await page.goto(path);
        const link = exitLink(page, lang);
        await page.keyboard.press("Tab");
        await expect(link, `${path}: the first Tab stop`).toBeFocused();
        const exit = await link.elementHandle();
        if (!exit) throw new Error(`${path}: no exit link`);
        for (const viewport of [
          { width: 320, height: 640 },
          { width: 1280, height: 800 },
        ]) {
          await page.setViewportSize(viewport);
          // Both places measured in one call, on the link found once (by its role and name),
          // rather than finding it again for each measure: the same checks, fewer trips.
          const places = await exit.evaluate((el) =>
            (["top", "bottom"] as const).map((where) => {
              window.scrollTo(0, where === "top" ? 0 : 1e9);
              const r = el.getBoundingClientRect();
              // Nothing on top of it: the element at each corner and the centre is the link
              // itself. 4 px in from each corner: inside the rounded corner even when the box's
              // edge falls between pixels (a longer label gives a fractional width, and 2 px in
              // from such a corner can land just outside the curve, on the header behind).
              const i = 4;
              const points: Array<[number, number]> = [
                [r.left + r.width / 2, r.top + r.height / 2],
                [r.left + i, r.top + i],
                [r.right - i, r.top + i],
                [r.left + i, r.bottom - i],
                [r.right - i, r.bottom - i],
              ];
              const uncovered = points.every(([x, y]) => {
                const hit = document.elementFromPoint(x, y);
                return hit !== null && el.contains(hit);
              });
              return { where, box: { x: r.x, y: r.y, width: r.width, height: r.height }, uncovered };
            }),
          );
          for (const { where, box, uncovered } of places) {
            const at = `${path} at ${viewport.width}px, ${where}`;
            expect(box.width, at).toBeGreaterThanOrEqual(44);
            expect(box.height, at).toBeGreaterThanOrEqual(44);
            expect(box.x, at).toBeGreaterThanOrEqual(0);
            expect(box.y, at).toBeGreaterThanOrEqual(0);
            expect(box.x + box.width, at).toBeLessThanOrEqual(viewport.width);
            expect(box.y + box.height, at).toBeLessThanOrEqual(viewport.height);
            expect(uncovered, `${at}: something covers the exit`).toBe(true);
          }
        }
        // Laid out as it is used: with its islands running, as it would be read from the top.
        await waitForIslands(page);
        await page.evaluate(() => window.scrollTo(0, 0));
        for (const width of [360, 1280]) {
          await resizeTo(page, width);
          await expectLaidOutInItsDirection(page, `${path} at ${width}px`, dir, width);
        }
        if ((pageIndex + langIndex) % 2 === 0) await link.click();
        else for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
        await page.waitForURL(EXIT_URL);
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

test.describe("c. click or Shift ×3 exits", () => {
  // Hiding and leaving come first, alone in the input's own event; everything else (the
  // islands, the title, storage, other tabs) waits for the frame that draws the page hidden,
  // so none of it holds that frame up. Frames are counted, not timed.
  for (const how of ["click", "Shift ×3"] as const)
    test(`${how}: hidden in its own event, and the islands hear of it only after a frame has been drawn`, async ({
      page,
    }) => {
      await page.route(`${new URL(EXIT_URL).origin}/**`, (route) => route.fulfill({ status: 204 }));
      // Before the page's own scripts, so these listeners come first in each input's event.
      await page.addInitScript(
        (type) => {
          const w = window as unknown as { frames: number; inInput: boolean; inEvent: string; heard: string };
          window.addEventListener(
            type,
            () => {
              w.inInput = true;
              // Frames begun since this input (one chain per input).
              w.frames = 0;
              const tick = () => {
                w.frames += 1;
                requestAnimationFrame(tick);
              };
              requestAnimationFrame(tick);
              // After every listener of the same event, the exit's included.
              window.addEventListener(
                type,
                () => {
                  w.inInput = false;
                  w.inEvent = `${getComputedStyle(document.documentElement).display} ${w.frames}`;
                },
                { once: true },
              );
            },
            true,
          );
          window.addEventListener("quickexit", () => {
            const when = w.inInput ? "inside the input's event" : w.frames > 0 ? "after a frame" : "before any frame";
            w.heard = `${getComputedStyle(document.documentElement).display} ${when}`;
          });
        },
        how === "click" ? "click" : "keyup",
      );
      await page.goto("/help/");
      if (how === "click") await exitLink(page).click();
      else for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
      await expect
        .poll(() => page.evaluate(() => (window as unknown as { heard?: string }).heard))
        .toBe("none after a frame");
      expect(await page.evaluate(() => (window as unknown as { inEvent: string }).inEvent)).toBe("none 0");
    });

  // The neutral title in the page's own language ("New Tab", "Tab Newydd"…), or the organisation's.
  for (const lang of offeredLanguages)
    test(`a click hides the page, sets a neutral title in ${lang}, clears session storage, tells islands, replaces`, async ({
      page,
      context,
    }) => {
      const opened: string[] = [];
      context.on("page", (p) => opened.push(p.url()));
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
      // The destination answers once the islands have heard, as a real one takes its time on
      // the network: what they are told comes after the frame that hides the page, and a stub
      // that answered at once could take the page before that frame.
      await page.route(`${new URL(EXIT_URL).origin}/**`, async (route) => {
        await report;
        await route.fulfill({
          status: 200,
          contentType: "text/html",
          body: "<title>Weather</title><h1>Weather stub</h1>",
        });
      });
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

// Someone who taps Shift alone (Sticky Keys, or before deciding not to type a capital) sees the
// count, but the page under their eyes must not jump, and the line must not stay for good.
test("d. the count's line is laid over the page, legible, and goes a little after it expires", async ({ page }) => {
  await openWithClockStopped(page, "/help/");
  const status = page.locator("#qe-status");
  for (const width of AXE_WIDTHS) {
    // (Not resizeTo: it waits for frames, which the stopped clock holds back.)
    await page.setViewportSize({ width, height: 800 });
    const heading = page.getByRole("heading", { level: 1 });
    const before = await heading.boundingBox();
    await page.keyboard.press("Shift");
    await expect(status).toHaveText("Shift: press 2 more times to exit");
    await expect(status).toBeInViewport({ ratio: 1 });
    expect(await heading.boundingBox()).toEqual(before);
    // It never covers the exit itself.
    expect(
      await page.locator("#qe-link").evaluate((link) => {
        const box = link.getBoundingClientRect();
        return link.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
      }),
    ).toBe(true);
    // Over the page, it must still be readable there, in either scheme, as painted (axe
    // cannot run on the stopped clock).
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const { ratio } = await paintedColours(page, status, 2);
      expect(ratio, `the count's line at ${width}px (${colorScheme})`).toBeGreaterThanOrEqual(4.5);
    }
    await page.clock.runFor(5_001);
    await expect(status).toHaveText("Shift: exit shortcut expired");
    expect(await heading.boundingBox()).toEqual(before);
    await page.clock.runFor(4_000);
    await expect(status).toBeEmpty();
    await expect(status).toBeHidden();
  }
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

/**
 * The exit's label must read the same once the exit address is in the browser's history (a
 * visited link), and whether hovered, focused with the keyboard or pressed, in the light and dark
 * schemes and in forced colours: the same text colour in every state, at 4.5:1 or more.
 * `:visited` colours never show in getComputedStyle, so the colours are read from the screen.
 */
test.describe("i. the exit reads the same in every state, after it has been used once", () => {
  const schemes = [
    { name: "light", media: { colorScheme: "light", forcedColors: "none" } },
    { name: "dark", media: { colorScheme: "dark", forcedColors: "none" } },
    { name: "forced colours", media: { colorScheme: "light", forcedColors: "active" } },
  ] as const;
  // Every language in the light scheme (its own words and font); the dark scheme and forced
  // colours, which change only the CSS's colours, in English and the first right-to-left one.
  for (const lang of offeredLanguages)
    for (const scheme of layoutLanguages.includes(lang) ? schemes : schemes.slice(0, 1))
      test(`in ${lang}, ${scheme.name}: on a page and in a dialog, visited, hovered, focused, pressed`, async ({
        baseURL,
      }) => {
        test.slow(); // four states on a page and three in a dialog, each read from a screenshot
        // A profile on disk, in the full Chromium: a test's usual context keeps no history, and
        // the headless shell most tests run in keeps none at all, so nothing is ever visited.
        // In the test's own output folder, removed after: each left 2.7 MB in the temporary one.
        const profile = test.info().outputPath("profile");
        const context = await chromium.launchPersistentContext(profile, {
          executablePath: chromiumPath,
          args: chromiumArgs,
          ...(baseURL ? { baseURL } : {}),
        });
        const errors: string[] = [];
        context.on("console", (m) => {
          if (m.type() === "error") errors.push(m.text());
        });
        await context.route(/^(?!http:\/\/localhost:\d+\/)(https?|wss?):\/\//, (route) =>
          route.abort("blockedbyclient"),
        );
        const page = context.pages()[0] ?? (await context.newPage());
        await stubExit(page);
        const help = localPath(lang, "/help/");
        await page.goto(help);
        await exitLink(page, lang).click();
        await page.waitForURL(EXIT_URL);
        await page.goto(help);
        // The exit address is now visited: a plain link to it takes the visited colour, and one
        // to an address never visited does not. (Without this the test could pass unvisited.)
        const probes = await page.evaluate((url) => {
          const main = document.querySelector("main");
          return [url, `${url}?never-visited`].map((href, i) => {
            const a = document.createElement("a");
            a.href = href;
            a.id = `probe-${i}`;
            a.textContent = "Probe";
            a.style.setProperty("font", "700 40px sans-serif");
            main?.prepend(a);
            return `#probe-${i}`;
          });
        }, EXIT_URL);
        const visitedProbe = await paintedColours(page, page.locator(probes[0] ?? ""));
        const freshProbe = await paintedColours(page, page.locator(probes[1] ?? ""));
        expect(visitedProbe.fg, "the exit address shows as visited").not.toEqual(freshProbe.fg);

        const read = async (where: string, target: ReturnType<Page["locator"]>, inset: number) => {
          const seen: Array<{ state: string; fg: number[]; ratio: number }> = [];
          await page.mouse.move(1, 1);
          seen.push({ state: "visited", ...(await paintedColours(page, target, inset)) });
          await target.hover();
          seen.push({ state: "hover", ...(await paintedColours(page, target, inset)) });
          await page.mouse.down();
          seen.push({ state: "active", ...(await paintedColours(page, target, inset)) });
          // Released elsewhere, so it is not a click.
          await page.mouse.move(1, 1);
          await page.mouse.up();
          for (const s of seen) expect(s.ratio, `${where}, ${s.state}: contrast`).toBeGreaterThanOrEqual(4.5);
          const [first] = seen;
          for (const s of seen)
            for (const [i, c] of s.fg.entries())
              expect(
                Math.abs(c - (first?.fg[i] ?? 0)),
                `${where}, ${s.state}: the same text colour`,
              ).toBeLessThanOrEqual(8);
          return first?.fg ?? [];
        };

        await page.emulateMedia(scheme.media);
        await page.goto(help);
        const label = page.locator("#qe-link .qe-label");
        const rest = await read(`${help}, ${scheme.name}`, label, 0);
        // Focused from the keyboard: the first Tab stop of a fresh page (the press focused it).
        await page.goto(help);
        await page.keyboard.press("Tab");
        await expect(page.locator("#qe-link")).toBeFocused();
        const focused = await paintedColours(page, label);
        expect(focused.ratio, `${help}, ${scheme.name}, focused: contrast`).toBeGreaterThanOrEqual(4.5);
        for (const [i, c] of focused.fg.entries())
          expect(
            Math.abs(c - (rest[i] ?? 0)),
            `${help}, ${scheme.name}, focused: the same text colour`,
          ).toBeLessThanOrEqual(8);

        // A dialog's own exit link (the rest of the page is inert behind it).
        const plan = localPath(lang, "/plan/adult/");
        await page.goto(plan);
        await page.waitForSelector(".workspace[data-ready]");
        await page.locator(`nav.site-nav a[href="${help}"]`).click();
        const inDialog = page.locator("dialog[open] a[data-quick-exit]");
        await expect(inDialog).toBeVisible();
        // 7 px in from each edge: inside the rounded corners.
        await read(`${plan} dialog, ${scheme.name}`, inDialog, 7);
        await context.close();
        rmSync(profile, { recursive: true, force: true });
        expect(errors, "console errors").toEqual([]);
      });
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

  test("the first page seen in each language explains the exit in that language, and stores nothing new", async ({
    page,
  }) => {
    const words = (lang: Lang) => catalogueWith(lang, parseSiteConfig(siteConfig).messages).pages;
    const notice = (lang: Lang) => page.getByRole("region", { name: String(words(lang)["quickExit.noticeTitle"]) });
    await page.goto("/");
    await expect(notice("en")).toBeVisible();
    const before = await page.evaluate(() => JSON.stringify(sessionStorage));
    let here: Lang = "en";
    let at = "/";
    for (const lang of offeredLanguages.filter((l) => l !== "en")) {
      await page
        .getByRole("navigation", { name: String(words(here)["layout.languages"]), exact: true })
        .getByRole("link", { name: LANGUAGE_INFO[lang].name, exact: true })
        .click();
      // The twin of the page it was on.
      await page.waitForURL((url) => url.pathname === localPath(lang, at));
      await expect(notice(lang), `the first page in ${lang}`).toBeVisible();
      // The address is the page's own again: a reload or a bookmark carries no marker.
      expect(new URL(page.url()).search).toBe("");
      // A second page in the same language does not explain it again.
      const next = at === "/about/" ? "/help/" : "/about/";
      await page.locator(`nav.site-nav a[href="${localPath(lang, next)}"]`).click();
      await page.waitForURL((url) => url.pathname === localPath(lang, next));
      await expect(page.locator("html")).toHaveClass(/\bjs\b/);
      await expect(notice(lang)).toBeHidden();
      here = lang;
      at = next;
    }
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).toBe(before);
  });
});
