/** Words of the storage part of the interface, in English (the source). Keys start "storage.". */
export const storage = {
  // Shared by the panels
  "storage.close": "Close",
  "storage.cancel": "Cancel",
  "storage.locking": "Locking…",
  "storage.opening": "Opening…",
  "storage.nothingChanged": "Nothing on this screen has changed.",
  "storage.browserFailed": "This browser could not finish that, so nothing was changed. Please try again.",
  "storage.loadFailed": "This part could not load. Check your connection and try again: nothing you wrote is lost.",
  "storage.savedLocked": "Saved and locked on this device.",
  "storage.saveAndLock": "Save and lock",
  "storage.deleteQuestion": "Delete everything saved on this device?",
  "storage.yesDelete": "Yes, delete everything",
  "storage.noKeep": "No, keep it",

  // Keep your plan (the storage controls)
  "storage.keep.title": "Keep your plan",
  "storage.keep.unavailable":
    "This browser does not let sites save on the device (some private windows block it). You can still write your plan here, print it, or save a locked copy as a file.",
  "storage.keep.lockedHere": "A locked plan is already saved on this device.",
  "storage.keep.openIt": "Open it",
  "storage.keep.saveOnDevice": "Save on this device",
  "storage.keep.lockNow": "Lock now",
  "storage.keep.saveCopy": "Save a copy",
  "storage.keep.openCopy": "Open a saved copy",
  "storage.keep.toPhone": "Move to a phone",
  "storage.keep.deleteEverything": "Delete everything on this device",
  // Where what you write is kept (under a plan's introduction)
  "storage.where.screenTitle": "Kept only on this screen.",
  "storage.where.screenText":
    "Moving between your plans keeps it; the browser's Back button, reloading this page, closing the tab or using Exit clears it.",
} as const;
