/** Words of the passphrase forms, the file panels and the locked screen, in English (the source). They load with the code that shows them. */
export const forms = {
  // Opening a copy or the saved plan: every way it can fail, kindly
  "storage.error.wrongPassphrase":
    "That passphrase did not open it. Check for typing mistakes, capital letters and spaces, and try again. If it still will not open, what was saved may be damaged.",
  "storage.error.notPlanFile": "This is not a saved copy from this site, so it cannot be opened here.",
  "storage.error.newerVersion":
    "This was saved by a newer version of this site, so this version cannot open it. Ask the organisation that runs the site to update it.",
  "storage.error.tooLarge": "This file is too large to be a saved copy from this site.",
  "storage.error.damaged": "This file is damaged, so it cannot be opened.",
  "storage.error.notBundle": "This opened, but what is inside is not a plan from this site, so nothing was loaded.",
  "storage.error.invalid":
    "This opened, but some of what is inside does not look right, so nothing was loaded to be safe.",
  "storage.error.missing": "No plan is saved on this device any more, so there is nothing to open here.",
  "storage.error.storageFailed":
    "This browser would not let us read what is saved. Try again, or close other tabs of this site first.",

  // The passphrase form
  "storage.pass.choose": "Choose a passphrase",
  "storage.pass.label": "Passphrase",
  "storage.pass.hint":
    "A few unrelated words are easy to remember and hard to guess. Nobody can reset it for you, so keep it somewhere safe, or in your head. If the browser offers to save it, choose “Never”.",
  "storage.pass.suggest": "Suggest one for me",
  /** The button's name as the advice quotes it. */
  "storage.pass.suggestQuoted": "“Suggest one for me”",
  /** Arabic pages only: a second suggestion button, for English words in a to z (see suggestedNoteLatin). */
  "storage.pass.suggestLatin": "Suggest one in English letters",
  "storage.pass.suggested":
    "Your passphrase is: {words}. Learn it now. If you write it down, keep it where no one else will find it, never with the plan.",
  "storage.pass.larger": "Show it larger",
  /**
   * After a suggestion in the page's language (docs/translations.md says why). English and Welsh:
   * words in the letters a to z only. Arabic: Arabic words, which need an Arabic keyboard, and
   * the other button (storage.pass.suggestLatin) for English letters.
   */
  "storage.pass.suggestedNote": "It uses only the letters a to z, so it types the same on any phone or keyboard.",
  /** After a suggestion in English letters, asked for on an Arabic page. */
  "storage.pass.suggestedNoteLatin": "It uses only the letters a to z, so it types the same on any phone or keyboard.",
  "storage.pass.again": "Type the passphrase again",
  "storage.pass.show": "Show the passphrase",
  "storage.pass.typeFirst": "Type a passphrase first.",
  "storage.pass.notSame": "The two passphrases are not the same. Type it again in both boxes.",
  "storage.pass.mustDiffer": "Use a different passphrase from the first copy, so each person has their own.",
  "storage.pass.tooEasy": "That passphrase would be too easy for someone else to guess.",
  "storage.pass.orUse": "Or use {button}.",

  // How strong a new passphrase is (src/core/crypto/passphrase.ts)
  "storage.strength.tooEasy": "Too easy to guess",
  "storage.strength.weak": "Weak",
  "storage.strength.fair": "Fair",
  "storage.strength.good": "Good",
  "storage.strength.strong": "Strong",
  "storage.advice.empty": "Type a passphrase, or use {button}.",
  "storage.advice.common": "This uses a very common password, so it would be guessed quickly.",
  "storage.advice.personal": "Names and dates, like a birthday or a year, are easy to guess for someone who knows you.",
  "storage.advice.pattern": "Repeats, runs like “abcd” or “1234”, and years are easy to guess.",
  "storage.advice.shortButStrong": "That’s a good mix – it just needs to be at least {min} characters long.",
  "storage.advice.short":
    "Try making it a little longer – at least {min} characters. Four or more unrelated words work well, or use {button}.",
  "storage.advice.commonWords": "These words are common, so together they are still easy to guess.",
  "storage.advice.tryRarer": "Try less common words that have nothing to do with each other, or use {button}.",
  "storage.advice.weak": "Try four or more unrelated words, or use {button}.",
  "storage.advice.fair": "Nearly there. Another unrelated word or two would make it much harder to guess.",
  "storage.advice.good": "That’s a good passphrase. Just make sure it’s one you’ll remember.",
  "storage.advice.strong": "Lovely – that would be very hard to guess. Just make sure it’s one you’ll remember.",

  // Save a copy (a locked file)
  "storage.export.tooMuch":
    "That is too much for one file. Save some plans on their own, or shorten some answers. Nothing on this screen has changed.",
  "storage.export.failed": "The copy could not be made in this browser. Nothing on this screen has changed.",
  "storage.export.title": "Save a locked copy as a file",
  "storage.export.titlePro": "The person's locked file",
  "storage.export.intro":
    "The file is locked with the passphrase you choose here, which can be different from any other. You can keep it on a memory stick, email it to yourself, or give it to a support worker to keep for you.",
  "storage.export.introPro":
    "Ask the person to choose the passphrase and type it here themselves. If you type it for them, make sure they know it, and never write it in the same place as the file.",
  "storage.export.download": "Download locked copy",
  "storage.export.downloadPro": "Download the person's copy",
  "storage.export.doneTitle": "Your locked copy is downloading",
  "storage.export.doneText":
    "Look for it in your downloads. It opens only with the passphrase you chose. If the downloads folder is not safe, move or delete the file once you have kept it somewhere else.",
  "storage.export.second": "Make a second copy for a support worker",
  "storage.export.secondPro": "Make a second copy for my records",
  "storage.export.secondIntro":
    "The support worker's copy has its own passphrase, so they can open theirs without knowing yours. Tell them the passphrase out loud, never in the same message as the file.",
  "storage.export.secondIntroPro":
    "Your copy has its own passphrase, different from the person's, so neither passphrase opens both files. Keep it in your organisation's records.",
  "storage.export.downloadSecond": "Download the support worker's copy",
  "storage.export.downloadSecondPro": "Download my copy",
  "storage.export.secondDone": "The second copy is downloading too.",

  // Open a saved copy
  "storage.import.unreadable": "That file could not be read.",
  "storage.import.chooseFile": "Choose the file",
  "storage.import.dragHint": "Or drag the file here.",
  "storage.import.openThis": "Open this copy",
  "storage.import.holds": "The copy is open. It holds {plans}.",
  "storage.import.alreadyHave": "You already have answers on this screen. What would you like to do?",
  "storage.import.alreadyHaveHeld": "You already have answers on this screen: {held}. What would you like to do?",
  "storage.import.replacesSaved": "Replacing also replaces the plan saved on this device.",
  "storage.import.replace": "Replace everything here",
  "storage.import.keepBoth": "Keep both",

  // The unlock screen: neutral, it does not say what is locked
  "storage.unlock.title": "Locked",
  "storage.unlock.intro": "Enter your passphrase to open what you saved on this device.",
  "storage.unlock.open": "Open",
  "storage.unlock.forgot": "Forgot your passphrase?",
  "storage.unlock.forgotText":
    "Nobody can open it without the passphrase, not even the people who run this site. That is what keeps it private. If you cannot remember it, you can delete what is saved and start again.",
  "storage.unlock.cannotUndo": "This cannot be undone.",
  "storage.unlock.deleteAndStart": "Delete everything and start again",
  "storage.unlock.continueWithout": "Continue without opening it",
  "storage.unlock.continueNote": "(what you saved stays locked, and nothing new is saved)",
  "storage.save.unavailable":
    "This browser does not let sites save on the device (some private windows block it). Your plan is still here. You can save a locked copy as a file instead.",
  "storage.save.failed":
    "This browser would not let us save. Your plan is still here on screen. You could save a copy as a file instead.",
  "storage.save.clashTitle": "A plan is already saved on this device, locked.",
  "storage.save.clashText":
    "Nothing has been replaced, and what is on this screen is still here. You can open the saved plan (what is on screen is kept beside it), or replace the saved plan with what is on screen.",
  "storage.save.openSaved": "Open the saved plan",
  "storage.save.replaceSaved": "Replace the saved plan (it is deleted)",
  "storage.save.replaced": "Saved and locked on this device, in place of the earlier plan.",
  "storage.save.title": "Save on this device, locked",
  "storage.save.text": {
    one: 'Your plan will be locked with a passphrase and kept in this browser. Each change saves itself. It locks itself after 1 minute without use, when you use Exit, and when you choose "Lock now". Anyone who uses this device could see that something is saved, but not read it.',
    other:
      'Your plan will be locked with a passphrase and kept in this browser. Each change saves itself. It locks itself after {count} minutes without use, when you use Exit, and when you choose "Lock now". Anyone who uses this device could see that something is saved, but not read it.',
  },
  "storage.delete.text":
    "The plan on this screen is cleared too. This cannot be undone. Copies saved as files are not affected.",
  "storage.delete.done": "Everything saved on this device has been deleted.",
  "storage.delete.traces":
    "A browser can keep older locked copies in its own files for a while after deleting. They still open only with your passphrase. This site then asks the browser to clear them. To be sure, you can also clear this site's data in your browser's settings.",
  "storage.import.openedReplace": "The saved copy is open: {plans}. Use “Your plans” at the top to move between them.",
  "storage.import.openedBeside":
    "The saved copy is open beside what you had: {plans}. Use “Your plans” at the top to move between them.",

  "storage.save.savingText": {
    one: "Changes save as you type, for all your plans. It locks itself after 1 minute without use, and when you use Exit.",
    other:
      "Changes save as you type, for all your plans. It locks itself after {count} minutes without use, and when you use Exit.",
  },
} as const;
