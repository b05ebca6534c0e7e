// @ts-check
import { keystrokeTime } from "./editor.mjs";

/**
 * Measures added by features beyond the shell. Each returns { name, value, budget?, unit }.
 * @param {import("@playwright/test").Browser} browser
 * @param {string} base
 * @returns {Promise<Array<{ name: string, value: number, budget?: number, unit: "ms" | "KB" }>>}
 */
export async function extraMeasures(browser, base) {
  return [
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
