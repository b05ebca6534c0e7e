// @ts-check
/** Size and speed budgets. The bench fails (exit 1) when one is exceeded. */
export const KB = 1024;

/** JS budget (gzipped) by page: first match wins. */
export const JS_BUDGETS = [
  // Plan pages carry their printout with the first screen (docs/benchmarks.md, "Budgets changed"),
  // and, from 41 KB, the few bytes that let hydration take the built markup as it is, so a slow
  // phone lays the first screen out once (2026-12-07, "hydration keeps the built markup"). Each
  // page with a plan, from 2026-12-07 (fourth): the compile hint atop its first screen's larger
  // files (scripts/compile-hints.mjs, about 0.13 KB), which a slow phone repays in time to usable.
  { match: /^\/plan\/(child|young-person)\//, bytes: 41.2 * KB, why: "children's and young people's pages" },
  // The session is a household's workspace: it carries every plan's own parts (the card, the
  // offer to tailor, the list's words) so that a home visit opens each plan with no connection,
  // and the session's code (household, clock, idle end, hand-over). Loaded later, they would
  // still all come before the page is safe to take offline; and, like the plan pages, the
  // keyboard's focus kept where the work carries on (docs/benchmarks.md, "Budgets changed"); from
  // 2026-12-07 (sixth), initials that refuse a child's name, with their two messages.
  { match: /^\/professionals\/session\//, bytes: 42.1 * KB, why: "the professional's session" },
  // With the few lines that, once a plan has words, fetch what it opens on demand (saving, the
  // numbers panel, the tailored plan's library), so a plan still saves offline, and those that
  // keep the keyboard's focus where the work carries on (2026-12-07, "Budgets changed").
  { match: /^\/(plan\/|checklist\/)/, bytes: 37.7 * KB, why: "plan editor pages" },
  // The QR reader (qr/decode.js, about 7 KB), the camera loop, the fountain decoder and the
  // hand-off to the workspace, with the islands' words: all needed once "Start the camera" is
  // pressed, which is what the page is for.
  { match: /^\/receive\//, bytes: 45 * KB, why: "the receiving page of a hand-over to a phone" },
  { match: /.*/, bytes: 6 * KB, why: "pages without a plan editor" },
];

/**
 * A page's JS budget in bytes. A page in another language runs the very same code as its twin in
 * the source language; only its words differ, and a language written in Arabic or Gurmukhi
 * letters takes two or three bytes a letter. So a twin may carry its own words' extra bytes over
 * its source page's, and no more: it passes only if its code with the source page's words fits
 * the budget (docs/benchmarks.md, "Budgets changed").
 * @param {number} bytes the page's budget
 * @param {{ words: number }} row the page measured
 * @param {{ words: number } | undefined} source its twin in the source language, if this is not it
 */
export function jsBudget(bytes, row, source) {
  return source && source !== row ? bytes + Math.max(0, row.words - source.words) : bytes;
}

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
