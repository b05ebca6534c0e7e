/**
 * Words of the pages themselves (build time only), in English. Keys start with the page's or
 * component's name. Entries may use **strong** and [links](/path/) (src/core/i18n/rich.ts).
 */
export const pages = {
  "layout.description": "Make a plan, at your own pace, on your own device.",
  "layout.skipLink": "Skip to main content",
  "layout.languages": "Other languages",
  "layout.nav": "Site",
  "layout.navHome": "Home",
  "layout.navNumbers": "Phone numbers",
  "layout.navOnline": "Staying safe online",
  "layout.navAbout": "About",
  "layout.footerPrivacy": "Nothing you type here is sent anywhere. [How your information is handled](/about/).",
  "layout.footerRunBy": "Run by {name}. {contact}",
  "quickExit.label": "Exit this page",
  "quickExit.pressesLeft": {
    one: "Shift: press 1 more time to exit",
    other: "Shift: press {count} more times to exit",
  },
  "quickExit.expired": "Shift: exit shortcut expired",
  /** The tab's title the moment the exit is used: what a browser calls a new, empty tab. Neutral. */
  "quickExit.tabTitle": "New Tab",
  "quickExit.noticeTitle": "Leaving this site quickly",
  "quickExit.notice":
    "Select **Exit this page**, or press the **Shift** key 3 times, to leave at once. The page goes blank and an everyday website opens instead. [What the exit does and does not hide](/staying-safe-online/).",
  "quickExit.noticeDismiss": "OK, hide this",
  "organisation.placeholderName": "The organisation that runs this site",
  "organisation.placeholderContact": "Ask the person who gave you this address.",
  "home.title": "Home",
  "home.heading": "Make a plan, at your own pace",
  "home.lead":
    "{siteName} helps you think through how to stay safer at home, and what to do if you need to leave. You can skip any question, come back to anything, and print your plan if you want to.",
  "home.dangerNow": "**If you are in danger now, phone 999.**",
  "home.silent": "If you cannot speak on a mobile, dial 999, listen, then press 55. [More numbers for help](/help/).",
  "home.chooseStart": "Choose where to start",
  "home.adult.title": "My safety plan",
  "home.adult.text": "Think through what keeps you and your children safer, whether you stay or leave.",
  "home.checklist.title": "Things to take if I leave",
  "home.checklist.text": "A list of documents, money, keys, medicine and other things, to pack or keep safe.",
  "home.youngPerson.title": "A plan for young people",
  "home.youngPerson.text": "For teenagers, to make with an adult they trust.",
  "home.child.title": "A plan for children",
  "home.child.text": "Big, simple steps to practise with a trusted adult.",
  "home.professionals.title": "For professionals",
  "home.professionals.text": "Plan with a whole household in one session, hand over safely and leave nothing behind.",
  "home.neverHeading": "What this site never does",
  "home.never": [
    "It never sends what you type anywhere. There is no account and no server that keeps plans.",
    "It keeps nothing on this device unless you choose to save, and then it is locked with a passphrase only you know.",
    "It uses no tracking, adverts or outside services, so no other company learns you were here.",
  ],
  "home.notYourFault":
    "A plan can lower the risk, but it cannot promise you will be safe. What is happening is not your fault, and you do not have to do this alone: [people who can help](/help/).",
  "home.moreLinks":
    "[How to stay safer online](/staying-safe-online/), including what the **Exit this page** button does. [How your information is handled](/about/).",
  "about.title": "About",
  "about.heading": "How your information is handled",
  "about.lead":
    "Everything happens in your browser, on this device. There is no account, and no server that receives or keeps what you write.",
  "about.keptHeading": "What is kept, and where",
  "about.kept": [
    "**While you write:** your answers are held only in this tab's memory. Leaving the page, reloading it, closing the tab, or using the exit button clears them.",
    '**If you choose "Save on this device":** your plan is locked with a passphrase you choose, and the locked copy is kept in this browser\'s storage. Without the passphrase it cannot be read, and nobody can reset it for you.',
    '**If you choose "Save a copy":** a locked file is downloaded. It is yours to keep, hand to a support worker, or delete.',
    "**If you print:** the paper is yours. Keep it somewhere it will not be found, or ask a support worker to keep it for you.",
    "**One small note for this tab:** the site remembers, only until you close the tab, that it has already shown you the note about the exit button. The exit button clears it.",
  ],
  "about.neverSentHeading": "What is never sent",
  "about.neverSent":
    "The site loads nothing from any other company: no tracking, no adverts, no fonts or pictures from elsewhere. The browser is told not to send anything to any other address. The only time you leave is when you choose a link: a phone number, a service's own website, or the exit button.",
  "about.deleteHeading": "How to delete everything",
  "about.delete": [
    "Unsaved answers: close the tab, or use the exit button.",
    'A saved plan: open it and choose "Delete everything on this device" on the plan page. If it is locked and you have forgotten the passphrase, choose "Forgot your passphrase?" on the locked screen. You can also clear this site\'s data in your browser\'s settings (usually under Privacy, then Site data).',
    "Browsing history: see [how to delete just this site from your history](/staying-safe-online/#history).",
  ],
  "about.accessibilityHeading": "Accessibility",
  "about.accessibility":
    "[How this site was checked for accessibility, and what is not good enough yet](/accessibility/).",
  "about.runByHeading": "Who runs this site",
  "about.runBy": "{name}. {contact}",
  "about.noPromise": "A plan can lower the risk, but it cannot promise safety. If you are in danger, phone 999.",
  "accessibility.title": "Accessibility",
  "accessibility.lead":
    "This site should work for everyone: on a phone or a computer, with a keyboard, a screen reader, or the text made larger. This page says how it was checked and what is not yet good enough.",
  "accessibility.aimHeading": "What we aim for",
  "accessibility.aim":
    "The Web Content Accessibility Guidelines (WCAG) 2.2, level AA. The site uses plain words, large buttons, real links and headings, and works without a mouse. Children's pages use short sentences, pictures, and Read aloud.",
  "accessibility.checkedHeading": "How it is checked",
  "accessibility.checkedIntro":
    "These checks run automatically, in the Chromium browser, every time the site is changed:",
  "accessibility.checks": [
    "an accessibility checker (axe) on every page, at phone and desktop widths, with light and dark colours;",
    "the same checker on every step of a child's plan, on the practice screens, and on plans with every answer filled in;",
    "every link on every page can be reached with the Tab key, and the exit button is the first thing Tab reaches;",
    "the skip link, the exit button (Enter, or Shift pressed three times) and the first-visit note work from the keyboard;",
    "a child's plan, including the drawing, can be done with the keyboard alone;",
    "everything written for children stays at a reading age of about 9 (grade 4 or below on the Flesch–Kincaid scale);",
    "printouts show the answers and lines to write on, with no links or site menus.",
  ],
  "accessibility.notYetHeading": "What we know is not good enough yet",
  "accessibility.notYet": [
    "The site has not yet been tested by disabled people, or by hand with screen readers (such as NVDA, JAWS, VoiceOver or TalkBack) or with voice control. Automated checks find only some problems.",
    "The automatic checks run only in Chromium. Firefox and Safari are not checked automatically.",
    "On some phones and tablets, the on-screen keyboard's capitals key counts as Shift, so pressing it three times in a row may set off the exit. The exit button always works.",
    "A drawing cannot be described to someone who cannot see it. The rest of the plan does not depend on it.",
    "Read aloud uses the voices on the device. Where there are none, the button does not show.",
    "Printouts and saved files have not been checked with screen readers.",
  ],
  // Shown only in a language that no fluent speaker has reviewed yet (src/core/i18n/languages.ts).
  "accessibility.notReviewed": "The words of this site in this language have not yet been checked by a fluent speaker.",
  "accessibility.idleLock":
    'A saved plan locks itself after {minutes} without use, to keep it private; unlocking it with the passphrase brings everything back. A session with a professional warns before it ends, and "Keep going" gives more time.',
  "accessibility.minutes": { one: "1 minute", other: "{count} minutes" },
  "accessibility.problemHeading": "Tell us about a problem",
  "accessibility.problem":
    "If something is hard to use, or you need the information in another way, please tell {name}. {contact}",
  "accessibility.written": "This statement was written in December 2026, for version 0.2.0 of the site.",
  "cleared.title": "Cleared",
  "cleared.heading": "All cleared",
  "cleared.text": "The session has ended, and what it held has been cleared from this browser.",
  /** Only after a session ended by itself (the page is opened at #idle). */
  "cleared.idle":
    "It ended by itself because no one was using it. Plans not yet handed over were cleared too, and cannot be brought back.",
  "cleared.cannotHeading": "What a browser cannot clear",
  "cleared.cannot": [
    "**Files downloaded in the session.** Locked copies are in the Downloads folder, named {file} Move each one to where it belongs (your organisation's records, or the person's own device), then delete it from Downloads and empty the bin.",
    "**The browser's list of downloads.** Open Downloads from the browser's menu and remove each copy from the list (right-click it, or use the cross beside it).",
    "**History.** This site's address stays in the browser's history: see [how to delete just this site from your history](/staying-safe-online/#history).",
  ],
  "cleared.home": "Home",
  "deleted.title": "Deleted",
  "deleted.heading": "Deleted",
  "deleted.text": "Everything saved on this device has been deleted.",
  "deleted.browser": "This browser has also been asked to clear what this site kept in its files.",
  "deleted.again": "Start again",
  "receive.title": "Receive",
  "receive.heading": "Receive",
  "receive.intro": "This page reads codes shown on another screen.",
  "receive.noScript": "This page needs JavaScript to use the camera. The other ways below work without it.",
  "receive.otherWays": "If this phone cannot read the codes",
  "receive.way1": "Ask for the slower codes on the other screen: they are larger and change more slowly.",
  "receive.way2":
    "Hold the phone closer or further away, so that the code fills most of this screen. Turn the other screen's brightness up, and tilt it away from lights that reflect on it.",
  "receive.way3": "Try another browser on this phone.",
  "receive.way4":
    "Ask for a locked file instead, and open it on this phone with **Open a saved copy** on the plan page.",
  "receive.way5": "Or ask for the plan on paper.",
  "help.title": "Phone numbers for help",
  "help.emergencyHeading": "In danger now: phone 999",
  "help.emergency": [
    "Phone 999 if you or your children are in danger, or if someone is hurt. Ask for the police, or an ambulance if someone is hurt.",
    "Tell them your name, where you are, and what is happening. If you can, stay on the line.",
  ],
  "help.silentHeading": "If you cannot speak",
  "help.silent": [
    "On a mobile, dial 999.",
    "Stay on the line and listen.",
    "When you are asked, press **55**. This tells the operator it is a real emergency, and you are put through to the police.",
  ],
  "help.hideNumber":
    "Dialling **141** before a number hides your number from the person you call, on most UK landlines.",
  "help.helplinesIntro": "These are free to call, and you can call just to talk something through.",
  "help.closed": "Opening times change. If a line is closed, try the 24-hour helpline above, or 999 in an emergency.",
  "serviceCard.website": "{name} website",
  "serviceCard.newTab": "(opens in a new tab)",
  "professionals.title": "For professionals",
  "professionals.heading": "Using this site with someone you support",
  "professionals.lead":
    "For domestic abuse advocates, social workers, teachers, health visitors and others who plan with an adult and their children. In one session you can build the adult's plan, the list of things to take, and a plan for each child, then hand everything over safely and leave nothing on your device.",
  "professionals.start": "Start a session",
  "professionals.beforeHeading": "Before you start",
  "professionals.before": [
    "**Build the plan with the person, not for them.** They know their situation best. Ask, listen, and write their words.",
    "**Never agree a plan where the abuser could overhear**, or see the screen. Choose the place and the time with care, and check who else is in the house or on the phone.",
    "**See each child on their own**, in a way that fits their age: a simple step-by-step plan for younger children, a fuller plan for teenagers. A child keeps only phone numbers, never a written plan, and practises the plan with a trusted adult.",
    "**Risk rises at the point of leaving and just after.** Plan for someone who stays as well as someone who leaves, and make the plan work for both.",
    "**A plan supports your risk assessment (DASH) and MARAC processes. It does not replace them.** Follow your own organisation's safeguarding procedures.",
    "**Offer to keep the plan and copies of documents at your premises**, so nothing needs to be hidden at home.",
    "A plan can lower the risk, but it cannot guarantee safety. Say this plainly.",
  ],
  "professionals.howHeading": "How a session works",
  "professionals.how": [
    "**Start a session.** It holds one household: the adult's plan, the list of things to take, and a plan for each child or young person, each named by initials only.",
    '**Work through each plan together.** Every section has a "Questions to ask" panel drawn from the guidance. Hide it when the person is looking at the screen.',
    "**Hand over** in the way that is safest for this family: print (for a child, only a card of phone numbers), a locked file with a passphrase the person chooses and types in themselves, a second locked copy for your records with a different passphrase, or saving locked on the person's own device if the session runs there.",
  ],
  "professionals.howEnd":
    "**End the session and clear this device.** This wipes everything the session held. If you step away, the session ends by itself after {total} without use, after a warning {grace} before.",
  "professionals.minutes": { one: "1 minute", other: "{count} minutes" },
  "professionals.reviewHeading": "Reviewing a plan",
  "professionals.review":
    "Set a review date on each plan. When a plan is opened after that date, it says so gently and shows what to look at again. Each plan keeps a short record of the dates it was reviewed, and nothing else.",
  "professionals.exitHeading": "Quick exit",
  "professionals.exit":
    "Every page, including the session, has **Exit this page** at the top, and pressing Shift 3 times does the same. In a session, the exit also clears the plans held in memory (a plan saved on the person's device stays, locked). Show the person where it is before you begin. [What the exit does and does not hide](/staying-safe-online/).",
  "online.title": "Staying safe online",
  "online.lead":
    "If someone checks your phone or computer, these steps can make it harder for them to see that you were here. No website can hide everything, so it helps to know what the exit button does and what it cannot do.",
  "online.exitHeading": "The Exit this page button",
  "online.exitIntro":
    "Every page has an **Exit this page** button at the top. You can also press the **Shift** key 3 times, even while you are typing. When you do:",
  "online.exitDoes": [
    "the page goes blank straight away;",
    "anything you typed and have not saved is cleared, and a saved plan is locked;",
    "an everyday website ({exitHost}) opens in the same tab, in place of this site.",
  ],
  "online.backList":
    "The site moves between its own pages without adding to the Back list. So after an exit, pressing Back takes you to wherever you were before you came here, not to this site.",
  "online.cannotHeading": "What the exit button cannot do",
  "online.cannot": [
    "It does not delete your browsing history. The address of this site stays in the history list.",
    "It cannot clear what the browser suggests when someone types in the address bar.",
    "It cannot remove downloads, the browser's list of recently closed tabs, or history synced to other devices.",
    "It cannot stop spying software (spyware) that records what you do.",
  ],
  "online.backHeading": "If someone presses Back",
  "online.back": [
    "Browsers sometimes keep a copy of a page so it comes back instantly when you press Back. This site hides itself as you leave, so that copy is blank. If you used the exit, the site sends the tab straight back to that everyday website. If you just went to another site and came back, the page loads again from the start, so anything you had not saved is gone.",
    "We chose this because being seen is the bigger danger. The cost is that coming back with Back never restores unsaved typing. If you want to keep your work, save it, locked with a passphrase, or print it.",
  ],
  "online.closeHeading": "Close the tab quickly",
  "online.close":
    "Press {ctrlW} (on a Mac, {cmdW}) to close the tab at once. On a phone, close the tab from the tabs button. Closing the tab clears anything you had not saved.",
  "online.historyHeading": "Delete just this site from your history",
  "online.historyIntro":
    "Deleting all your history can look suspicious. You can remove only this site's entries instead:",
  "online.history": [
    "**Chrome or Edge:** open History ({ctrlH}, or {cmdY} on a Mac), search for this site's name, tick its entries and choose Delete.",
    '**Firefox:** open History ({ctrlH}), find an entry for this site, right-click it and choose "Forget about this site".',
    "**Safari on a Mac:** choose History, then Show All History, search for the site, select the entries and press Delete.",
    "**iPhone or iPad (Safari):** tap the bookmarks button, then the clock, find the site and swipe left on each entry to delete it.",
    "**Android (Chrome):** tap the three dots, then History, and tap the cross beside each entry for this site.",
  ],
  "online.privateHeading": "Private browsing",
  "online.private":
    "A private window (called Incognito in Chrome, InPrivate in Edge) does not keep history once you close it. It is a good way to visit this site. In a private window you may not be able to save a plan on the device: you can still print it, or save a locked copy as a file.",
  "online.deviceHeading": "Use a safer device if you can",
  "online.device":
    "If you think someone is watching what you do on your phone or computer, use a device they cannot get to: a friend's phone, a computer at a library, at work or at a support service.",
  "online.spyHeading": "Signs of spying software",
  "online.spySigns": [
    "someone knows things you only wrote in messages or searched for;",
    "someone knows where you have been when you did not tell them;",
    "your phone's battery drains fast, or it is slow or hot when you are not using it.",
  ],
  "online.spyRemove":
    "Removing spyware can warn the person who installed it. A helpline can help you think about what is safest: [phone numbers for help](/help/).",
  "online.findHeading": "How to find this site again",
  "online.find":
    "The site has a plain name, **{siteName}**, so a bookmark does not say what it is for. If a bookmark is not safe, try to remember the address, or ask the person or service who gave it to you. A support worker can give it to you again.",
  "comingSoon.lead": "This part is not ready yet.",
  "comingSoon.until":
    "Until it is, you can [find phone numbers for help](/help/), or read [how to stay safer online](/staying-safe-online/).",
  "notFound.title": "Page not found",
  "notFound.text": "That page is not here. Try the [home page](/) or [phone numbers for help](/help/).",
} as const;
