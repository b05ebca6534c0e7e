// @ts-check
import { existsSync } from "node:fs";
import { languageLists } from "./build-time.mjs";
import { cryptoTimings } from "./crypto.mjs";
import { drawingPointerMove } from "./drawing.mjs";
import { keystrokeTime } from "./editor.mjs";
import { storageAddedJs } from "./storage-js.mjs";
import { jsPerMove, USABLE_BUDGET_MS, USABLE_TRIES, USABLE_VS_HELP, usableBesideHelp } from "./workspace.mjs";

/** Moving to another plan inside the page: its template, words and own parts (the child's steps, the card). */
const MOVE_BUDGET_KB = 14;
/** Saving on the device: the passphrase forms, the encryption and the file checks. */
const SAVE_BUDGET_KB = 52;

/**
 * Measures added by features beyond the shell. Each returns { name, value, budget?, unit }.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 * @param {boolean} all false: the time-to-usable measures alone (`--only=usable`)
 * @returns {Promise<Array<{ name: string, value: number, budget?: number, unit: "ms" | "KB" | "×" }>>}
 */
export async function extraMeasures(browser, base, all = true) {
  const usable = [];
  // Every plan page and the session, in every language the organisation offers, each against
  // /help/ in the same language and run (issue 20): usable no later than USABLE_VS_HELP times it.
  /** @type {Array<[string, string]>} */
  const usableAt = [
    ["/plan/adult/", "workspace plan-editor"],
    ["/checklist/", "workspace plan-editor"],
    ["/plan/young-person/", "workspace plan-editor"],
    ["/plan/child/", "workspace plan-editor"],
    ["/professionals/session/", "session"],
  ];
  // USABLE_PAGES=/plan/adult/,/ar/checklist/ measures only those (with their /help/).
  const wanted = process.env.USABLE_PAGES?.split(",");
  // Every language of the one list that the build offers (the others have no /help/ page):
  // the source language at the root, each other one in its own folder.
  const languages = languageLists();
  for (const lang of languages.all.map((l) => (l === languages.source ? "" : `/${l}`))) {
    if (!existsSync(`dist${lang}/help/index.html`)) continue;
    for (const [path, ready] of usableAt) {
      if (wanted && !wanted.includes(`${lang}${path}`)) continue;
      const t = await usableBesideHelp(browser, `${base}${lang}${path}`, ready, `${base}${lang}/help/`);
      usable.push({
        name: `${lang}${path}: navigation start → usable, CPU slowed 4×, 360 px (median of ${USABLE_TRIES})`,
        value: t.page,
        budget: USABLE_BUDGET_MS,
        unit: /** @type {const} */ ("ms"),
      });
      usable.push({
        name: `${lang}${path}: usable ÷ ${lang}/help/'s (${t.help.toFixed(0)} ms: shown and its load event run, which came at ${t.helpLoad.toFixed(0)} ms), median of ${USABLE_TRIES} loads each just after /help/'s (the medians' ratio: ${(t.page / t.help).toFixed(2)}×)`,
        value: t.ratio,
        budget: USABLE_VS_HELP,
        unit: /** @type {const} */ ("×"),
      });
    }
  }
  if (!all) return usable;
  const crypto = await cryptoTimings(browser, base);
  const drawing = await drawingPointerMove(browser, base);
  // What loads later has budgets too: cutting the code into files differently once made the
  // first screens lighter and each of these 8 KB heavier (docs/benchmarks.md, "Budgets changed").
  const moves = (await jsPerMove(browser, base)).map((m) => ({
    name: m.name,
    value: m.bytes / 1024,
    budget: MOVE_BUDGET_KB,
    unit: /** @type {const} */ ("KB"),
  }));
  return [
    ...usable,
    ...moves,
    { name: "Unlock a saved household (derive key, decrypt, validate)", value: crypto.unlock, budget: 250, unit: "ms" },
    {
      name: "One autosave of a household (encrypt with the unlocked key)",
      value: crypto.autosave,
      budget: 5,
      unit: "ms",
    },
    {
      name: `Export a household file (${(crypto.bytes / 1024).toFixed(1)} KB, 1 adult, 1 checklist, 3 children)`,
      value: crypto.exportFile,
      unit: "ms",
    },
    { name: "Import that household file (decrypt, validate, migrate)", value: crypto.importFile, unit: "ms" },
    {
      name: `Drawing: one pointer move on the child's canvas (median of ${drawing.count}; mean ${drawing.mean.toFixed(3)} ms)`,
      value: drawing.median,
      budget: 4,
      unit: "ms",
    },
    {
      name: "Storage: JS loaded on demand to save (gzipped)",
      value: (await storageAddedJs(browser, base)) / 1024,
      budget: SAVE_BUDGET_KB,
      unit: "KB",
    },
    {
      name: "One keystroke in a fully filled adult plan (median of 55)",
      value: await keystrokeTime(browser, base, "/plan/adult/", "#p-adult-worries"),
      budget: 16,
      unit: "ms",
    },
    {
      name: "One keystroke in a fully filled checklist (median of 55)",
      value: await keystrokeTime(browser, base, "/checklist/", "#p-checklist-documents-list-passports-note"),
      budget: 16,
      unit: "ms",
    },
  ];
}
