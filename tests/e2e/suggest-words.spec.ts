import { parseSiteConfig } from "../../src/core/config/parse";
import { suggestedWordCount } from "../../src/core/crypto/passphrase";
import { WORDS } from "../../src/core/crypto/wordlist";
import { WORDS_AR } from "../../src/core/crypto/wordlist-ar";
import { WORDS_CY } from "../../src/core/crypto/wordlist-cy";
import { WORDS_PL } from "../../src/core/crypto/wordlist-pl";
import { WORDS_RO } from "../../src/core/crypto/wordlist-ro";
import { catalogueWith } from "../../src/core/i18n/catalogue";
import { LANGUAGE_INFO, type Lang, localPath } from "../../src/core/i18n/languages";
import { flatten } from "../../src/core/i18n/parts";
import { richText } from "../../src/core/i18n/rich";
import { expect, siteConfig, test } from "./fixtures";

/** Suggested passphrases come in the page's language (issue 19, item 13). */
const config = parseSiteConfig(siteConfig);

/** A sentence of the catalogue in a language, as a person sees it (no markup). */
function word(lang: Lang, key: string): string {
  const entry = flatten(catalogueWith(lang, config.messages))[key];
  if (typeof entry !== "string") throw new Error(`The ${lang} catalogue has no sentence "${key}".`);
  return richText(entry);
}

const CASES = [
  ["cy", WORDS_CY],
  ["ar", WORDS_AR],
  ["pl", WORDS_PL],
  ["ro", WORDS_RO],
] as const;

for (const [lang, list] of CASES) {
  test(`${LANGUAGE_INFO[lang].englishName}: "Suggest one for me" gives words of the page's language, rated strong, and saves`, async ({
    page,
  }) => {
    const w = (key: string) => word(lang, key);
    await page.goto(localPath(lang, "/plan/adult/"));
    await page.waitForSelector(".plan-editor[data-ready]");
    await page.getByRole("button", { name: w("storage.keep.saveOnDevice"), exact: true }).click();
    await page.getByRole("button", { name: w("storage.pass.suggest"), exact: true }).click();

    const shown = page.locator(".suggested-words");
    await expect(shown).toBeVisible();
    const suggestion = (await shown.textContent()) ?? "";
    const parts = suggestion.split(" ");
    expect(parts).toHaveLength(suggestedWordCount(lang));
    expect(parts.filter((p) => !list.includes(p))).toEqual([]);
    // Read in its own language and direction, never translated (a translated one opens nothing).
    await expect(shown).toHaveAttribute("lang", LANGUAGE_INFO[lang].htmlLang);
    await expect(shown).toHaveAttribute("dir", LANGUAGE_INFO[lang].dir);
    await expect(shown).toHaveAttribute("translate", "no");
    await expect(page.locator(".suggested")).toContainText(w("storage.pass.suggestedNote"));
    await expect(page.getByLabel(w("storage.pass.choose"), { exact: true })).toHaveValue(suggestion);
    // The meter and the rule agree: strong, and it saves.
    await expect(page.locator(".strength")).toContainText(w("storage.strength.strong"));
    await page.getByRole("button", { name: w("storage.saveAndLock"), exact: true }).click();
    await expect(page.locator(".where-kept")).toContainText(w("storage.savedLocked"));
  });
}

test('Arabic: "Suggest one in English letters" gives English words, left to right', async ({ page }) => {
  const w = (key: string) => word("ar", key);
  await page.goto(localPath("ar", "/plan/adult/"));
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.getByRole("button", { name: w("storage.keep.saveOnDevice"), exact: true }).click();
  await page.getByRole("button", { name: w("storage.pass.suggestLatin"), exact: true }).click();
  const shown = page.locator(".suggested-words");
  await expect(shown).toHaveAttribute("lang", LANGUAGE_INFO.en.htmlLang);
  await expect(shown).toHaveAttribute("dir", "ltr");
  const parts = ((await shown.textContent()) ?? "").split(" ");
  expect(parts).toHaveLength(suggestedWordCount("en"));
  expect(parts.filter((p) => !WORDS.includes(p))).toEqual([]);
  await expect(page.locator(".suggested")).toContainText(w("storage.pass.suggestedNoteLatin"));
  await expect(page.locator(".strength")).toContainText(w("storage.strength.strong"));
});

test("English and Welsh pages offer no second suggestion button", async ({ page }) => {
  for (const lang of ["en", "cy"] as const) {
    await page.goto(localPath(lang, "/plan/adult/"));
    await page.waitForSelector(".plan-editor[data-ready]");
    await page.getByRole("button", { name: word(lang, "storage.keep.saveOnDevice"), exact: true }).click();
    await expect(page.getByRole("button", { name: word(lang, "storage.pass.suggest"), exact: true })).toBeEnabled();
    await expect(page.getByRole("button", { name: word(lang, "storage.pass.suggestLatin"), exact: true })).toHaveCount(
      0,
    );
  }
});
