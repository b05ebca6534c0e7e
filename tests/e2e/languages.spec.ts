import type { Page } from "@playwright/test";
import { parseSiteConfig } from "../../src/core/config/parse";
import { NATIONAL_HELPLINES, SPECIALIST_HELPLINES } from "../../src/core/config/services";
import { suggestionLangFor } from "../../src/core/crypto/passphrase";
import { LANGUAGE_INFO, type Lang, localPath, SOURCE_LANG } from "../../src/core/i18n/languages";
import { englishChecker } from "../built/english";
import { expect, siteConfig, test, waitForIslands } from "./fixtures";
import { openAllSections, printoutsReady, printToPdf } from "./plan-helpers";
import { stubPrintDialog } from "./print-helpers";

/**
 * Every language the organisation offers, in what needs a browser: the choice carried in the
 * address alone, no English left on the screens the islands show only after something is done
 * (each language's journeys once), numbers and shortcuts the right way round, and a file saved
 * in one language opening in another. What each page says in its HTML is checked for every
 * language on the built pages (tests/built/pages.test.ts). Words are looked up in the catalogue (with the
 * organisation's own wording), never written here, so the checks follow the translations.
 */

const config = parseSiteConfig(siteConfig);
const offered = config.languages;
/** Words from the catalogue, and English left behind, as the checks of the built pages find it (tests/built/). */
const { word, englishIn } = englishChecker(config.messages);

/**
 * What a person can read on the page: its title, the visible text with every section opened,
 * and the title, aria-label, alt and placeholder of every element, leaving out what is marked
 * translate="no" (names). Lower case, one space between words.
 */
async function readableText(page: Page): Promise<string> {
  const text = await page.evaluate(async () => {
    for (const d of Array.from(document.querySelectorAll("details"))) d.open = true;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const names = Array.from(document.querySelectorAll<HTMLElement>('[translate="no"]'));
    const was = names.map((el) => el.style.getPropertyValue("display"));
    for (const el of names) el.style.setProperty("display", "none", "important");
    const visible = document.body.innerText;
    names.forEach((el, i) => {
      el.style.setProperty("display", was[i] ?? "");
    });
    const attributes = Array.from(document.body.querySelectorAll("[title], [aria-label], [alt], [placeholder]"))
      .filter((el) => !el.closest('[translate="no"]'))
      .flatMap((el) => ["title", "aria-label", "alt", "placeholder"].map((a) => el.getAttribute(a) ?? ""));
    return [document.title, visible, ...attributes].join("\n");
  });
  return text.replace(/\s+/g, " ").toLowerCase();
}

test.describe("languages", () => {
  test.skip(offered.length < 2, "the organisation offers English only");

  /*
   * Per page, in every language: its language and direction, links to its twins, the islands'
   * first paint and the page itself free of English, are checked on the built pages
   * (tests/built/pages.test.ts); its layout in its direction and its exit (in view, Shift ×3
   * and a click) in tests/e2e/quick-exit.spec.ts, which loads every page in every language.
   * Here, what only a walk through the islands shows.
   */

  test("the choice is carried by the address alone: visiting and switching languages stores nothing", async ({
    page,
    context,
    browser,
  }) => {
    /** Everything this origin keeps, with sessionStorage's keys and values. */
    const kept = (p: Page) =>
      p.evaluate(async () => ({
        cookies: document.cookie,
        localStorage: Object.entries(localStorage),
        sessionStorage: Object.entries(sessionStorage).sort(),
        indexedDB: (await indexedDB.databases()).map((d) => d.name),
        caches: "caches" in window ? await caches.keys() : [],
      }));
    // What visiting English pages keeps (the quick-exit notice's note, no more).
    const plain = await browser.newContext();
    const englishOnly = await plain.newPage();
    await englishOnly.goto("/");
    await englishOnly.goto("/plan/adult/");
    await waitForIslands(englishOnly);
    const baseline = await kept(englishOnly);
    await plain.close();

    const switchTo = async (lang: Lang, path: string) => {
      await waitForIslands(page);
      await page.getByRole("link", { name: LANGUAGE_INFO[lang].name, exact: true }).first().click();
      await page.waitForURL((url) => url.pathname === localPath(lang, path));
    };
    const last = offered[offered.length - 1] ?? SOURCE_LANG;
    await page.goto(localPath(last, "/"));
    for (const lang of offered) if (lang !== last) await switchTo(lang, "/");
    await page.goto(localPath(last, "/plan/adult/"));
    for (const lang of offered) if (lang !== last) await switchTo(lang, "/plan/adult/");
    await switchTo(last, "/plan/adult/");

    expect(await kept(page)).toEqual(baseline);
    expect(await context.cookies()).toEqual([]);
    // A new tab at the plain address is in English: nothing remembered the choice.
    const other = await context.newPage();
    await other.goto("/");
    await expect(other.locator("html")).toHaveAttribute("lang", LANGUAGE_INFO[SOURCE_LANG].htmlLang);
  });

  /**
   * What the islands show only after something is done: where a plan is kept once it is saved,
   * the passphrase form and its suggestion, a copy just made, a copy opened beside what is on
   * screen, the locked screen, and a session's household with every kind of plan, handed over
   * and opened again for a review. None of it is in the built page, so only walking through it
   * finds English left behind.
   */
  for (const lang of offered.filter((l) => l !== SOURCE_LANG)) {
    const info = LANGUAGE_INFO[lang];
    const w = (key: string) => word(lang, key);
    /** Fails, naming the screen, on any English sentence or phrase that a person could read. */
    const expectNoEnglish = async (page: Page, screen: string) => {
      const left = englishIn(await readableText(page), lang);
      expect(left, `${info.englishName}, ${screen}: English left`).toEqual([]);
    };
    const passphrase = "copper meadow kettle violet harbour";
    const choosePassphrase = async (page: Page) => {
      await page.getByLabel(w("storage.pass.choose"), { exact: true }).fill(passphrase);
      await page.getByLabel(w("storage.pass.again"), { exact: true }).fill(passphrase);
    };
    /** Makes the locked file by the button `key` (its passphrase chosen) and gives its path, once it says it is made. */
    const downloadLockedFile = async (page: Page, key: string) => {
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: w(key), exact: true }).click();
      const file = await (await download).path();
      await expect(page.getByText(w("storage.export.doneTitle"), { exact: true })).toBeVisible();
      return file;
    };

    test(`${info.englishName}: saving, a locked copy and opening it show no English`, async ({ page, browser }) => {
      await page.goto(localPath(lang, "/plan/adult/"));
      await openAllSections(page);
      await page.locator("#p-adult-worries").fill("٣ – tri");
      await page.getByRole("button", { name: w("storage.keep.saveCopy"), exact: true }).click();
      await page.getByRole("button", { name: w("storage.pass.suggest"), exact: true }).click();
      await expect(page.locator(".suggested")).toBeVisible();
      // The suggested words are in the page's language (English words, a to z, where it has no
      // list of its own yet), typed exactly as shown: never translated, read in their own
      // language and direction.
      const words = page.locator(".suggested-words");
      const from = LANGUAGE_INFO[suggestionLangFor(lang)];
      await expect(words).toHaveAttribute("translate", "no");
      await expect(words).toHaveAttribute("lang", from.htmlLang);
      await expect(words).toHaveAttribute("dir", from.dir);
      await expectNoEnglish(page, "the passphrase form with a suggestion");
      await choosePassphrase(page);
      const file = await downloadLockedFile(page, "storage.export.download");
      await expectNoEnglish(page, "a locked copy just made");

      await page.getByRole("button", { name: w("storage.keep.saveOnDevice"), exact: true }).click();
      await choosePassphrase(page);
      await page.getByRole("button", { name: w("storage.saveAndLock"), exact: true }).click();
      await expect(page.locator(".where-kept")).toContainText(w("storage.savedLocked"));
      await expectNoEnglish(page, "saved on the device (where it is kept, the saving controls)");
      await page.getByRole("button", { name: w("storage.keep.deleteEverything"), exact: true }).click();
      await expect(page.getByText(w("storage.deleteQuestion"))).toBeVisible();
      await expectNoEnglish(page, "asking before deleting everything");
      await page.getByRole("button", { name: w("storage.noKeep"), exact: true }).click();
      await page.getByRole("button", { name: w("storage.keep.lockNow"), exact: true }).click();
      await expect(page.getByRole("heading", { name: w("storage.unlock.title"), exact: true })).toBeVisible();
      await expectNoEnglish(page, "the locked screen");

      // Another browser, with answers on screen already, opens the copy beside them.
      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(localPath(lang, "/plan/adult/"));
      await openAllSections(other);
      await other.locator("#p-adult-worries").fill("pedwar – أربعة");
      await other.getByRole("button", { name: w("storage.keep.openCopy"), exact: true }).click();
      await other.locator("#import-file").setInputFiles(file);
      await other.getByLabel(w("storage.pass.label"), { exact: true }).fill(passphrase);
      await other.getByRole("button", { name: w("storage.import.openThis"), exact: true }).click();
      await expect(other.getByRole("button", { name: w("storage.import.keepBoth"), exact: true })).toBeVisible();
      await expectNoEnglish(other, "the copy opened, asking whether to replace or keep both");
      await other.getByRole("button", { name: w("storage.import.keepBoth"), exact: true }).click();
      await expect(other.locator("#import-file")).toHaveCount(0);
      await expectNoEnglish(other, "the copy kept beside what was on screen");
      await fresh.close();
    });

    test(`${info.englishName}: a session's household with every kind of plan, handed over and opened for a review, shows no English`, async ({
      page,
      browser,
    }) => {
      await page.goto(localPath(lang, "/professionals/session/"));
      await page.waitForSelector(".session[data-ready]");
      for (const [kind, initials] of [
        ["session.household.childKind", "AB"],
        ["session.kind.youngPerson", "CD"],
      ] as const) {
        await page.getByLabel(w(kind), { exact: true }).check();
        await page.getByLabel(w("session.household.initials"), { exact: true }).fill(initials);
        await page.getByRole("button", { name: w("session.household.add"), exact: true }).click();
        await expect(page.locator(".session-plan-label")).toContainText(`(${initials})`);
        await expectNoEnglish(page, `the plan just added (${initials})`);
        await page.getByRole("button", { name: w("session.backToHousehold"), exact: true }).click();
      }
      await expect(page.locator(".household-plan")).toHaveCount(4);
      await expectNoEnglish(
        page,
        "the household, with an adult's plan, things to take, a child's and a young person's plan",
      );
      // The worker's own record, with a scale chosen and what it asks of the worker beside it.
      await page.getByRole("button", { name: w("session.record.open"), exact: true }).click();
      await page.locator(".record-child").first().getByRole("radio").nth(2).check();
      await expect(page.locator(".record-guidance")).toBeVisible();
      await expectNoEnglish(page, "the worker's record, with a child's scale chosen");
      await page.getByRole("button", { name: w("session.handOver"), exact: true }).click();
      // The young person agreed: their plan goes into the family's file only after the question.
      const youngPerson = page.getByRole("checkbox", { name: "(CD)" });
      await youngPerson.click();
      await expectNoEnglish(page, "the question whether the young person agreed");
      await page.getByRole("button", { name: w("handover.ask.yes"), exact: true }).click();
      await expect(youngPerson).toBeChecked();
      await page.getByRole("button", { name: w("handover.makeFile"), exact: true }).click();
      await choosePassphrase(page);
      const file = await downloadLockedFile(page, "storage.export.downloadPro");
      await expectNoEnglish(page, "handing over, with the person's file made");

      // A later session opens the household file to review it.
      const fresh = await browser.newContext();
      const other = await fresh.newPage();
      await other.goto(localPath(lang, "/professionals/session/"));
      await other.waitForSelector(".session[data-ready]");
      await other.getByRole("button", { name: w("session.review.open"), exact: true }).click();
      await other.locator("#import-file").setInputFiles(file);
      await other.getByLabel(w("storage.pass.label"), { exact: true }).fill(passphrase);
      await other.getByRole("button", { name: w("storage.import.openThis"), exact: true }).click();
      await expect(other.locator(".workspace-notice")).toBeVisible();
      await expect(other.locator(".household-plan")).toHaveCount(4);
      await expectNoEnglish(other, "a household file opened for a review");
      await fresh.close();
    });
  }

  /**
   * Phone numbers keep their digit groups in keypad order in every language (in Arabic text
   * "0808 2000 247" would otherwise show as "247 2000 0808"), and a service keeps its own name,
   * marked translate="no" so a translating browser leaves it as people know it; words that are
   * translated (999's "Emergency") are not marked. On screen, in the numbers panel, on the
   * printed plan and on the child's card of numbers.
   */
  for (const lang of offered.filter((l) => l !== SOURCE_LANG)) {
    const info = LANGUAGE_INFO[lang];
    const names = [...NATIONAL_HELPLINES, ...SPECIALIST_HELPLINES, ...(siteConfig.localServices ?? [])].map(
      (s) => s.name,
    );
    /** Where the page lists services: each entry's name. */
    const NAME_SELECTORS = ".service-name, .numbers li > strong, .numbers-list li > strong, .phone-card-name";

    /** Numbers whose first digit is drawn to the right of their last: read backwards. */
    const reversedNumbers = (page: Page) =>
      page.evaluate(() => {
        const out: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node as Text;
          for (const match of text.data.matchAll(/\d+(?:[ \u00a0]\d+)+/g)) {
            const box = (i: number) => {
              const range = document.createRange();
              range.setStart(text, i);
              range.setEnd(text, i + 1);
              return range.getBoundingClientRect();
            };
            const first = box(match.index);
            const last = box(match.index + match[0].length - 1);
            if (first.width === 0 || last.width === 0) continue; // not shown
            if (first.left > last.left) out.push(match[0]);
          }
        }
        return out;
      });
    /** The national services' names, which are English: read with an English voice (lang). */
    const english = [...NATIONAL_HELPLINES, ...SPECIALIST_HELPLINES].map((s) => s.name);
    /** Each service's name in the lists, with whether it is marked to be kept as it is, and its language. */
    const listedNames = (page: Page) =>
      page.locator(NAME_SELECTORS).evaluateAll((els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0)
          .map((el) => ({
            text: (el.textContent ?? "").trim(),
            kept: el.closest('[translate="no"]') !== null,
            lang: el.closest("[lang]")?.getAttribute("lang") ?? "",
          })),
      );
    const expectNumbersRight = async (page: Page, where: string) => {
      // Soft: one run names every screen that is wrong.
      expect.soft(await reversedNumbers(page), `${info.englishName}, ${where}: numbers shown backwards`).toEqual([]);
      const listed = await listedNames(page);
      expect(listed.length, `${info.englishName}, ${where}: services listed`).toBeGreaterThan(0);
      for (const { text, kept, lang: said } of listed) {
        expect
          .soft(kept, `${info.englishName}, ${where}: "${text}" ${kept ? "is" : "is not"} marked translate="no"`)
          .toBe(names.includes(text));
        // An organisation's own service may be named in any language: it is read as the page is.
        expect
          .soft(said, `${info.englishName}, ${where}: "${text}" is read in the voice of lang="${said}"`)
          .toBe(english.includes(text) ? LANGUAGE_INFO.en.htmlLang : info.htmlLang);
      }
    };

    test(`${info.englishName}: phone numbers read in keypad order and services keep their names, on screen and on paper`, async ({
      page,
    }) => {
      await stubPrintDialog(page);
      await page.goto(localPath(lang, "/help/"));
      await expectNumbersRight(page, "the phone numbers page");

      // In the built page too, before its island runs: a browser set to translate every page
      // may do so as soon as it loads. The built page carries the numbers in its printout (a
      // closed section's numbers join the page later, checked on screen below).
      const built = await (await page.request.get(localPath(lang, "/plan/adult/"))).text();
      const helpline = NATIONAL_HELPLINES.find((s) => s.nation === config.nation)?.name ?? "";
      // What the page shows: not its data blocks (the islands' props and words, src/islands/boot/).
      const markup = built.replace(/<script type="application\/json"[^>]*>[\s\S]*?<\/script>/g, "");
      const shown = markup.split(helpline).length - 1;
      const kept = markup.split(`<strong translate="no" lang="${LANGUAGE_INFO.en.htmlLang}">${helpline}`).length - 1;
      expect(shown, `${info.englishName}: the built adult's plan names ${helpline}`).toBeGreaterThan(0);
      expect(kept, `${info.englishName}: the built adult's plan keeps ${helpline} as it is, every time`).toBe(shown);
      await page.goto(localPath(lang, "/plan/adult/"));
      await openAllSections(page);
      await page.locator("#p-adult-people-who-would-call-0-0").fill("Jo");
      await page.locator("#p-adult-people-who-would-call-0-1").fill("07700 900123");
      await expectNumbersRight(page, "the adult's plan");
      await page
        .getByRole("navigation", { name: word(lang, "layout.nav"), exact: true })
        .getByRole("link", { name: word(lang, "layout.navNumbers"), exact: true })
        .click();
      await expect(page.getByRole("dialog", { name: word(lang, "workspace.numbers.title") })).toBeVisible();
      await expectNumbersRight(page, "the numbers panel");
      await page.getByRole("button", { name: word(lang, "workspace.numbers.back"), exact: true }).click();
      await printoutsReady(page);
      await page.emulateMedia({ media: "print" });
      await expectNumbersRight(page, "the printed plan");
      await page.emulateMedia({ media: "screen" });

      await page.goto(localPath(lang, "/plan/child/"));
      await page.waitForSelector(".plan-editor[data-ready]");
      await page.locator(".step-dot").nth(4).click();
      await page.locator("#p-child-help-from-0-0").fill("Nan");
      await page.locator("#p-child-help-from-0-1").fill("07700 900100");
      await page.getByRole("button", { name: word(lang, "editor.print.cardButton"), exact: true }).click();
      await page.waitForFunction(() => document.querySelector(".phone-card") !== null);
      await page.emulateMedia({ media: "print" });
      await expectNumbersRight(page, "the child's card of numbers");
      await page.emulateMedia({ media: "screen" });
    });
  }

  // With every language offered, their links took two lines of the sticky bar on a phone, a
  // quarter of a 640 px screen for as long as the page was open. Only the exit's line stays.
  test("on a phone, the bar that stays on screen is the exit's line alone: the languages scroll away, in every language", async ({
    page,
  }) => {
    for (const width of [320, 360]) {
      await page.setViewportSize({ width, height: 640 });
      for (const lang of offered) {
        await page.goto(localPath(lang, "/plan/adult/"));
        await page.evaluate(() => window.scrollTo(0, 1e9));
        const at = `${lang} at ${width}px`;
        const { bar, exit, brand, languages } = await page.evaluate(() => {
          const box = (el: Element | null) => el?.getBoundingClientRect() ?? null;
          return {
            bar: box(document.querySelector(".topbar")),
            exit: box(document.querySelector("[data-quick-exit]")),
            brand: box(document.querySelector(".topbar .brand")),
            languages: box(document.querySelector(".languages")),
          };
        });
        expect(bar && exit && brand && languages, at).toBeTruthy();
        if (!bar || !exit || !brand || !languages) continue;
        expect(exit.top, `${at}: the exit in view`).toBeGreaterThanOrEqual(0);
        // One line: the site's name beside the exit, and the bar no taller than the taller of
        // the two and its margins (8 px above and below, a 1 px border).
        expect(brand.top < exit.bottom && exit.top < brand.bottom, `${at}: the name and the exit on one line`).toBe(
          true,
        );
        expect(bar.height, `${at}: the sticky bar's height`).toBeLessThanOrEqual(
          Math.max(exit.height, brand.height) + 17.5,
        );
        expect(languages.bottom, `${at}: the languages scrolled away`).toBeLessThanOrEqual(0);
      }
    }
  });

  /**
   * Keys as the keyboard shows them, in every language: "Ctrl + H" left to right (in Arabic text
   * it would otherwise show as "H + Ctrl"), and never broken across two lines on a phone.
   */
  test("keyboard shortcuts read left to right and stay on one line, at 360 px, in every language", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const lang of offered) {
      await page.goto(localPath(lang, "/staying-safe-online/"));
      await expect(page.locator("h1")).toBeVisible();
      const keys = await page.locator("kbd").evaluateAll((els) =>
        els.map((kbd) => {
          const shortcut = kbd.closest(".shortcut");
          const all = Array.from(shortcut?.querySelectorAll("kbd") ?? []);
          const boxes = all.map((k) => k.getBoundingClientRect());
          return {
            text: shortcut?.textContent ?? kbd.textContent ?? "",
            dir: shortcut ? getComputedStyle(shortcut).direction : "",
            // On one line: every piece of it (each key, each "+") shares the same band of the page.
            oneLine: (() => {
              const rects = Array.from(shortcut?.getClientRects() ?? []);
              const lowestTop = Math.max(...rects.map((r) => r.top));
              return rects.length > 0 && rects.every((r) => r.bottom > lowestTop);
            })(),
            leftToRight: boxes.length > 1 && boxes.every((b, i) => i === 0 || b.left > (boxes[i - 1]?.right ?? 0) - 1),
          };
        }),
      );
      expect(keys.length, `${lang}: shortcuts on the page`).toBeGreaterThan(0);
      for (const key of keys) {
        const where = `${lang}: "${key.text}"`;
        expect.soft(key.dir, `${where} reads left to right`).toBe("ltr");
        expect.soft(key.leftToRight, `${where} shows its keys in order, left to right`).toBe(true);
        expect.soft(key.oneLine, `${where} is on one line`).toBe(true);
      }
    }
  });

  /**
   * A workspace moves between plans without loading a page (the address changes in place); the
   * links to the page in the other languages follow, so they open the plan now shown.
   */
  for (const lang of offered) {
    const info = LANGUAGE_INFO[lang];
    const twins = offered.filter((l) => l !== lang);
    test(`${info.englishName}: after moving to another plan in the page, the links to the other languages open that plan`, async ({
      page,
    }) => {
      await page.goto(localPath(lang, "/plan/adult/"));
      await page.waitForSelector(".workspace[data-ready]");
      const checklist = (l: Lang) => localPath(l, "/checklist/");
      await page
        .getByRole("navigation", { name: word(lang, "workspace.nav.label"), exact: true })
        .locator(`a[href="${checklist(lang)}"]`)
        .click();
      await page.waitForURL((url) => url.pathname === checklist(lang));
      const nav = page.getByRole("navigation", { name: word(lang, "layout.languages"), exact: true });
      for (const other of twins) {
        const theirs = LANGUAGE_INFO[other];
        await expect(nav.getByRole("link", { name: theirs.name, exact: true })).toHaveAttribute(
          "href",
          checklist(other),
        );
        await expect(page.locator(`head link[rel="alternate"][hreflang="${theirs.htmlLang}"]`)).toHaveAttribute(
          "href",
          checklist(other),
        );
      }
      const next = twins[0] ?? SOURCE_LANG;
      await nav.getByRole("link", { name: LANGUAGE_INFO[next].name, exact: true }).click();
      await page.waitForURL((url) => url.pathname === checklist(next));
      await expect(page.locator("html")).toHaveAttribute("lang", LANGUAGE_INFO[next].htmlLang);
      await expect(
        page
          .getByRole("navigation", { name: word(next, "workspace.nav.label"), exact: true })
          .locator(`a[href="${checklist(next)}"]`),
      ).toHaveAttribute("aria-current", "page");
    });
  }

  /**
   * A session's household on a phone: each plan's progress ("Not started", "3 answers") keeps
   * room for its words, in every direction, rather than being squeezed to a word per line.
   */
  test("the session's household rows fit a 360 px screen, with the progress on one line, in every language", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    for (const lang of offered) {
      await page.goto(localPath(lang, "/professionals/session/"));
      await page.waitForSelector(".session[data-ready]");
      await expect(page.locator(".household-plan").first()).toBeVisible();
      const rows = await page.locator(".household-progress").evaluateAll((els) =>
        els.map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
          return { text: (el.textContent ?? "").trim(), lines: tops.size };
        }),
      );
      expect(rows.length, lang).toBeGreaterThan(0);
      for (const row of rows) expect.soft(row.lines, `${lang}: "${row.text}" on one line`).toBe(1);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        `${lang}: wider than the screen`,
      ).toBeLessThanOrEqual(0);
    }
  });

  // Nastaliq reaches far above and below its line: at a Latin line height the exit's press dots
  // sat on its words, and a printout's words touched its table's borders.
  test("Urdu gets the room Nastaliq needs: the exit's label, and the printout", async ({ page }) => {
    test.skip(!offered.includes("ur"), "the organisation offers no Urdu");
    await page.goto("/ur/plan/adult/");
    await page.waitForSelector(".plan-editor[data-ready]");
    const ratio = (selector: string) =>
      page.locator(selector).evaluate((el) => {
        const style = getComputedStyle(el);
        return Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize);
      });
    expect(await ratio(".qe-label")).toBeGreaterThanOrEqual(1.8);
    await page.emulateMedia({ media: "print" });
    expect(await ratio(".print-view")).toBeGreaterThanOrEqual(1.8);
  });

  test("a number typed on an Arabic page reads the right way round, on screen and on paper", async ({ page }) => {
    await page.goto("/ar/plan/adult/");
    await page.waitForSelector(".plan-editor[data-ready]");
    await openAllSections(page);
    // "How they can help": a line of Arabic would show "07700 900123" as "900123 07700".
    const role = page.locator("#p-adult-people-who-would-call-0-2");
    await role.fill("07700 900123");
    await expect(role).toHaveCSS("unicode-bidi", "plaintext");
    const { text } = await printToPdf(page);
    expect(text).toContain("07700 900123");
    expect(text).not.toContain("900123 07700");
  });

  test("a locked copy saved on the Welsh page opens on the Arabic page, with its answers", async ({
    page,
    browser,
  }) => {
    test.skip(!offered.includes("cy") || !offered.includes("ar"), "needs Welsh and Arabic");
    const passphrase = "copper meadow kettle violet harbour";
    const answer = "Gyda'r nos yn bennaf – ليلاً في الغالب – 0808 2000 247";
    const cy = (key: string) => word("cy", key);
    const ar = (key: string) => word("ar", key);

    await page.goto("/cy/plan/adult/");
    await openAllSections(page);
    await page.locator("#p-adult-worries").fill(answer);
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: cy("storage.keep.saveCopy"), exact: true }).click();
    await page.getByLabel(cy("storage.pass.choose"), { exact: true }).fill(passphrase);
    await page.getByLabel(cy("storage.pass.again"), { exact: true }).fill(passphrase);
    await page.getByRole("button", { name: cy("storage.export.download"), exact: true }).click();
    const file = await download;
    // The same neutral name in every language.
    expect(file.suggestedFilename()).toMatch(
      new RegExp(`^${config.exportFileName}-\\d{4}-\\d{2}-\\d{2}(-copy)?\\.dat$`),
    );
    const saved = await file.path();

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto("/ar/plan/adult/");
    await other.waitForSelector(".plan-editor[data-ready]");
    await other.getByRole("button", { name: ar("storage.keep.openCopy"), exact: true }).click();
    await other.locator("#import-file").setInputFiles(saved);
    await other.getByLabel(ar("storage.pass.label"), { exact: true }).fill(passphrase);
    await other.getByRole("button", { name: ar("storage.import.openThis"), exact: true }).click();
    await openAllSections(other);
    await expect(other.locator("#p-adult-worries")).toHaveValue(answer);
    await expect(other.locator("html")).toHaveAttribute("lang", "ar");
    await fresh.close();
  });
});
