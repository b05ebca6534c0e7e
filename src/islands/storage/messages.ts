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
