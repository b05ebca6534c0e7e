import type { Page } from "@playwright/test";
import { parseSiteConfig } from "../../src/core/config/parse";
import { catalogueWith } from "../../src/core/i18n/catalogue";
import type { Entry } from "../../src/core/i18n/entry";
import { LANGUAGE_INFO, type Lang, localPath, SOURCE_LANG, splitLangPath } from "../../src/core/i18n/languages";
import { flatten } from "../../src/core/i18n/parts";
import { richText } from "../../src/core/i18n/rich";
import { builtPages, EXIT_URL, expect, resizeTo, siteConfig, stubExit, test, waitForIslands } from "./fixtures";
import { openAllSections } from "./plan-helpers";

/**
 * Every language the organisation offers, on every page: the page says its language and
 * direction, links to its twins by each language's own name, carries the choice in the address
 * alone, keeps the quick exit working, shows no English sentence left behind, and a file saved
 * in one language opens in another. Words are looked up in the catalogue (with the
 * organisation's own wording), never written here, so the checks follow the translations.
 */

const config = parseSiteConfig(siteConfig);
const offered = config.languages;
const pages = builtPages();
const words = new Map<Lang, Record<string, Entry>>();

/** A sentence of the catalogue in a language, as a person sees it (no markup). */
function word(lang: Lang, key: string): string {
  let all = words.get(lang);
  if (!all) {
    all = flatten(catalogueWith(lang, config.messages));
    words.set(lang, all);
  }
  const entry = all[key];
  if (typeof entry !== "string") throw new Error(`The ${lang} catalogue has no sentence "${key}".`);
  return richText(entry);
}

/** Every English sentence of four words or more in the catalogue, lower case, without markup. */
function englishSentences(): string[] {
  const out = new Set<string>();
  for (const entry of Object.values(flatten(catalogueWith(SOURCE_LANG, config.messages)))) {
    const texts = (
      typeof entry === "string" ? [entry] : Array.isArray(entry) ? entry : Object.values(entry)
    ) as string[];
    for (const text of texts)
      for (const piece of richText(text).split(/\{[a-zA-Z]+\}/))
        for (const sentence of piece.split(/(?<=[.!?])\s+/)) {
          const clean = sentence
            .replace(/\s+/g, " ")
            .replace(/^[\s"“‘'(–—:;,.-]+|[\s"”’'):;,.!?–—-]+$/g, "")
            .toLowerCase();
          if (clean.split(" ").length >= 4) out.add(clean);
        }
  }
  return [...out];
}

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

/** The quick exit, by its name in a language. */
const exitLink = (page: Page, lang: Lang) =>
  page.getByRole("link", { name: word(lang, "quickExit.label"), exact: true });

/**
 * Nothing wider than the screen, and the exit inside it at the end of the top bar: the right in
 * a left-to-right language, the left in Arabic, where a reader of that language looks last.
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

test.describe("languages", () => {
  test.skip(offered.length < 2, "the organisation offers English only");

  test("every English page has a twin in each language offered, and no other", () => {
    const english = pages.filter((p) => splitLangPath(p).lang === SOURCE_LANG);
    expect(english.length).toBeGreaterThan(5);
    const expected = offered.flatMap((lang) => english.map((p) => localPath(lang, p))).sort();
    expect(pages).toEqual(expected);
  });

  /**
   * One test per page, loading it as few times as the checks allow: its language and
   * direction, its links to its twins, its layout at both widths, no English left, and the
   * quick exit. Each page's link to the next language is followed (so every page is also
   * reached by a twin's link), and the exit is used there by a click, then here by Shift ×3.
   */
  for (const path of pages) {
    const { lang, path: plain } = splitLangPath(path);
    const info = LANGUAGE_INFO[lang];
    const twins = offered.filter((l) => l !== lang);
    const next = offered[(offered.indexOf(lang) + 1) % offered.length] ?? SOURCE_LANG;

    test(`${path}: in ${info.englishName} (lang ${info.htmlLang}, dir ${info.dir}), linked to its twins by their own names, laid out in its direction, all in its language, with a working exit`, async ({
      page,
    }) => {
      await stubExit(page);
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(path);
      await waitForIslands(page);
      const html = page.locator("html");
      await expect(html).toHaveAttribute("lang", info.htmlLang);
      await expect(html).toHaveAttribute("dir", info.dir);
      const nav = page.getByRole("navigation", { name: word(lang, "layout.languages"), exact: true });
      for (const other of twins) {
        const theirs = LANGUAGE_INFO[other];
        const link = nav.getByRole("link", { name: theirs.name, exact: true });
        await expect(link, `${path}: link to ${theirs.englishName}`).toHaveAttribute("href", localPath(other, plain));
        await expect(link).toHaveAttribute("lang", theirs.htmlLang);
        await expect(page.locator(`head link[rel="alternate"][hreflang="${theirs.htmlLang}"]`)).toHaveAttribute(
          "href",
          localPath(other, plain),
        );
      }
      for (const width of [360, 1280]) {
        await resizeTo(page, width);
        await expectLaidOutInItsDirection(page, `${path} at ${width}px`, info.dir, width);
      }
      if (lang !== SOURCE_LANG) {
        if ((await page.locator(".plan-editor[data-ready]").count()) > 0) await openAllSections(page);
        const text = await readableText(page);
        const left = englishSentences().filter((sentence) => text.includes(sentence));
        expect(left, `${path}: English sentences on the ${info.englishName} page`).toEqual([]);
      }

      // The link to the next language opens this page in it; its exit leaves by a click.
      const theirs = LANGUAGE_INFO[next];
      await nav.getByRole("link", { name: theirs.name, exact: true }).click();
      await page.waitForURL((url) => url.pathname === localPath(next, plain));
      await expect(html, `${path} → ${theirs.englishName}`).toHaveAttribute("lang", theirs.htmlLang);
      await expect(html).toHaveAttribute("dir", theirs.dir);
      await waitForIslands(page);
      await exitLink(page, next).click();
      await page.waitForURL(EXIT_URL);

      // And here, Shift three times leaves.
      await page.goto(path);
      await waitForIslands(page);
      await expect(exitLink(page, lang)).toBeVisible();
      await page.keyboard.press("Shift");
      await page.keyboard.press("Shift");
      await page.keyboard.press("Shift");
      await page.waitForURL(EXIT_URL);
    });
  }

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
