/** Words of the storage part of the interface, in English (the source). Keys start "storage.". */
export const storage = {
  // Shared by the panels
  "storage.close": "Close",
  "storage.cancel": "Cancel",
  "storage.locking": "Locking…",
  "storage.opening": "Opening…",
  "storage.nothingChanged": "Nothing on this screen has changed.",
  "storage.nothingLost": "Nothing has been lost.",
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
  "storage.keep.deleteEverything": "Delete everything on this device",
  "storage.keep.enableUnavailable":
    "This browser does not let sites save on the device (some private windows block it). Your plan is still here. You can save a locked copy as a file instead.",
  "storage.keep.enableFailed":
    "This browser would not let us save. Your plan is still here on screen. You could save a copy as a file instead.",
  "storage.keep.clashTitle": "A plan is already saved on this device, locked.",
  "storage.keep.clashText":
    "Nothing has been replaced, and what is on this screen is still here. You can open the saved plan (what is on screen is kept beside it), or replace the saved plan with what is on screen.",
  "storage.keep.openSaved": "Open the saved plan",
  "storage.keep.replaceSaved": "Replace the saved plan (it is deleted)",
  "storage.keep.replaced": "Saved and locked on this device, in place of the earlier plan.",
  "storage.keep.saveTitle": "Save on this device, locked",
  "storage.keep.saveText": {
    one: 'Your plan will be locked with a passphrase and kept in this browser. Each change saves itself. It locks itself after 1 minute without use, when you use Exit, and when you choose "Lock now". Anyone who uses this device could see that something is saved, but not read it.',
    other:
      'Your plan will be locked with a passphrase and kept in this browser. Each change saves itself. It locks itself after {count} minutes without use, when you use Exit, and when you choose "Lock now". Anyone who uses this device could see that something is saved, but not read it.',
  },
  "storage.keep.deleteText":
    "The plan on this screen is cleared too. This cannot be undone. Copies saved as files are not affected.",
  "storage.keep.deleted": "Everything saved on this device has been deleted.",
  "storage.keep.openedReplace": "The saved copy is open: {plans}. Use “Your plans” at the top to move between them.",
  "storage.keep.openedBeside":
    "The saved copy is open beside what you had: {plans}. Use “Your plans” at the top to move between them.",

  // Where what you write is kept (under a plan's introduction)
  "storage.where.savingText": {
    one: "Changes save as you type, for all your plans. It locks itself after 1 minute without use, and when you use Exit.",
    other:
      "Changes save as you type, for all your plans. It locks itself after {count} minutes without use, and when you use Exit.",
  },
  "storage.where.screenTitle": "Kept only on this screen.",
  "storage.where.screenText":
    "Moving between your plans keeps it; reloading this page, closing the tab or using Exit clears it.",
} as const;
