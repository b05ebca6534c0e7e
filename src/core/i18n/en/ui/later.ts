/** Words of the workspace's leave guard, numbers panel and stale notice, in English (the source). They load with the code that shows them. */
export const later = {
  // A newer revision was saved than the one this tab's words are based on (by whom, the code
  // cannot always know: another tab, another window, a session's hand-over).
  "workspace.stale.title": "A newer version of this plan has been saved on this device.",
  "workspace.stale.text":
    "Your latest changes in this tab are still on screen, but they have not been saved, so that they do not overwrite the newer plan.",
  "workspace.stale.keepMine": "Keep mine as a copy, beside the newer plan",
  "workspace.stale.showNewer": "Show the newer plan (drop my changes here)",

  // Before a link leaves the workspace and clears unsaved answers.
  "workspace.leave.title": "Leave and clear what you wrote?",
  "workspace.leave.savedAsFile":
    "Your locked copy is saved as a file. Leaving still clears this screen, but the file keeps everything.",
  /** {where} is the link's own words in quotes, or "that page"; {answers} is what would be lost. */
  "workspace.leave.wouldLose":
    "Going to {where} clears this screen. These answers are not saved anywhere yet, and would be lost: {answers}.",
  "workspace.leave.linkName": "“{label}”",
  "workspace.leave.thatPage": "that page",
  "workspace.leave.stay": "Stay",
  "workspace.leave.saveFirst": "Save a copy first",
  "workspace.leave.leave": "Leave and clear",

  // The phone numbers, inside the workspace.
  "workspace.numbers.title": "Phone numbers for help",
  "workspace.numbers.intro":
    "Your plan stays as it is behind this panel. In danger now, phone 999. On a mobile, if you cannot speak, press 55 when asked.",
  "workspace.numbers.back": "Back to my plan",
  /** The first section of the panel on a child's or young person's plan: their numbers (999, Childline, the NSPCC), before the adults' services. */
  "workspace.numbers.forChildren": "For children and young people",
  /** The same button when the panel was opened from practice: it goes back to practice, not to the plan. */
  "workspace.numbers.backToPractice": "Back to practice",
  // In place of the numbers, while practising: a pretend call must be nowhere near a real one.
  "workspace.numbers.practising":
    "You are practising, so nothing here can phone anyone. That is why the numbers are not on this screen. If you are in danger for real, use a phone to call 999. Your numbers are in your plan.",

  // Notices after another tab did something, or a save failed.
  "workspace.notice.updated": "This plan was changed in another tab. You are seeing the newer version.",
  "workspace.notice.lockedElsewhere": "It was locked in another tab.",
  "workspace.notice.deletedElsewhere": "Everything saved on this device was deleted in another tab.",
  "workspace.notice.replacedElsewhere":
    "The plan saved on this device has changed, and no longer opens with the passphrase used in this tab. What is on this screen is not saved there: save a copy as a file to keep it.",
  "workspace.notice.gone":
    "The plan saved on this device is no longer there. What is on this screen is not saved anywhere yet: you can save it on this device again, or save a copy as a file.",
  "workspace.notice.keptCopies": "The newer plan is open, and your changes from this tab are kept beside it as copies.",
  "workspace.notice.notLockedSaveFailed":
    "Your latest changes could not be saved on this device, so they are held until you open it again.",
} as const;
