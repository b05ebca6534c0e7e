import type { UnlockError } from "../../core/storage/vault";

/** A clear, kind sentence for every way opening can fail. Nothing on screen is lost. */
export const OPEN_ERRORS: Record<UnlockError, string> = {
  "wrong-passphrase-or-damaged":
    "That passphrase did not open it. Check for typing mistakes, capital letters and spaces, and try again. If it still will not open, the file may be damaged.",
  "not-a-plan-file": "This is not a saved copy from this site, so it cannot be opened here.",
  "newer-version":
    "This was saved by a newer version of this site, so this version cannot open it. Ask the organisation that runs the site to update it.",
  "too-large": "This file is too large to be a saved copy from this site.",
  damaged: "This file is damaged, so it cannot be opened.",
  "not-a-bundle": "This opened, but what is inside is not a plan from this site, so nothing was loaded.",
  invalid: "This opened, but some of what is inside does not look right, so nothing was loaded to be safe.",
  "storage-failed":
    "This browser would not let us read what is saved. Try again, or close other tabs of this site first.",
};

export const NOTHING_LOST = "Nothing on this screen has changed.";

/** When the browser itself fails (not the file, not the person). */
export const BROWSER_FAILED = "This browser could not finish that, so nothing was changed. Please try again.";

const SUGGEST_BUTTON = "“Suggest one for me”";

/**
 * Why a new passphrase was refused, with the strength check's advice on how to do better, and
 * always a pointer to the button that makes a good one.
 */
export function weakPassphrase(advice: string): string {
  const suggest = advice.includes(SUGGEST_BUTTON) ? "" : ` Or use ${SUGGEST_BUTTON}.`;
  return `That passphrase would be too easy for someone else to guess. ${advice}${suggest}`;
}
