// @ts-check
/** Size and speed budgets. The bench fails (exit 1) when one is exceeded. */
export const KB = 1024;

/** JS budget (gzipped) by page: first match wins. */
export const JS_BUDGETS = [
  // Plan pages carry their printout with the first screen (docs/benchmarks.md, "Budgets changed").
  { match: /^\/plan\/(child|young-person)\//, bytes: 41 * KB, why: "children's and young people's pages" },
  { match: /^\/(plan\/|checklist\/|professionals\/session\/)/, bytes: 37 * KB, why: "plan editor pages" },
  // The QR reader (qr/decode.js, about 7 KB), the camera loop, the fountain decoder and the
  // hand-off to the workspace, with the islands' words: all needed once "Start the camera" is
  // pressed, which is what the page is for.
  { match: /^\/receive\//, bytes: 45 * KB, why: "the receiving page of a hand-over to a phone" },
  { match: /.*/, bytes: 6 * KB, why: "pages without a plan editor" },
];

export const QUICK_EXIT_HIDDEN_MS = 16;
/** Our quick exit, input → page hidden, over GOV.UK Frontend's in the same run: no slower. */
export const QUICK_EXIT_VS_GOVUK = 1;
/** Longest the main thread may be busy at once while opening any file, hostile or not. */
export const OPENING_BLOCK_MS = 50;

/** The sender shows 5 codes a second (core/handover/frames.ts, NORMAL): it must draw at least that. */
export const PHONE_MIN_FRAMES_PER_SECOND = 5;
/**
 * A household, with or without a child's drawing, at the usual pace, with a camera that misses 30% of the codes:
 * the slowest of 21 such cameras must be done within this (issue 22: "a household with a drawing goes over in under 30 seconds").
 */
export const PHONE_HOUSEHOLD_SECONDS = 30;
