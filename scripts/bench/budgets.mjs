// @ts-check
/** Size and speed budgets. The bench fails (exit 1) when one is exceeded. */
export const KB = 1024;

/** JS budget (gzipped) by page: first match wins. */
export const JS_BUDGETS = [
  // Plan pages carry their printout with the first screen (docs/benchmarks.md, "Budgets changed").
  { match: /^\/plan\/(child|young-person)\//, bytes: 41 * KB, why: "children's and young people's pages" },
  { match: /^\/(plan\/|checklist\/|professionals\/session\/)/, bytes: 37 * KB, why: "plan editor pages" },
  { match: /.*/, bytes: 6 * KB, why: "pages without a plan editor" },
];

export const QUICK_EXIT_HIDDEN_MS = 16;
/** Our quick exit, input → page hidden, over GOV.UK Frontend's in the same run: no slower. */
export const QUICK_EXIT_VS_GOVUK = 1;
/** Longest the main thread may be busy at once while opening any file, hostile or not. */
export const OPENING_BLOCK_MS = 50;
