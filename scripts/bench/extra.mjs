// @ts-check
/**
 * Measures added by later features (editor keystrokes, storage, export). Each returns
 * { name, value, budget?, unit }.
 * @param {import("@playwright/test").Browser} _browser
 * @param {string} _base
 * @returns {Promise<Array<{ name: string, value: number, budget?: number, unit: "ms" | "KB" }>>}
 */
export async function extraMeasures(_browser, _base) {
  return [];
}
