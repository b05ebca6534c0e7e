/** Words of the session part of the interface, in English (the source). Keys start "session.". */
export const session = {
  /** The tab's title: neutral. */
  "session.pageTitle": "Session",

  // The kinds of plan, as the household lists them ("Child's plan (AB)": initials only)
  "session.kind.adult": "Adult's plan",
  "session.kind.checklist": "Things to take",
  "session.kind.child": "Child's plan",
  "session.kind.youngPerson": "Young person's plan",
  "session.kind.withInitials": "{kind} ({initials})",

  // What the session holds in memory
  "session.held.adult": { one: "{count} adult's plan", other: "{count} adult's plans" },
  "session.held.checklist": { one: "{count} checklist", other: "{count} checklists" },
  "session.held.child": { one: "{count} child's plan", other: "{count} children's plans" },
  "session.held.youngPerson": { one: "{count} young person's plan", other: "{count} young people's plans" },
  /** Between the items of that list. */
  "session.held.separator": ", ",
  "session.held.nothing": "nothing yet",

  // The banner
  "session.banner.title": "Session",
  "session.banner.running": "Session running",
  /** {running} is "Session running", in bold. */
  "session.banner.minutes": { one: "{running} for {count} minute.", other: "{running} for {count} minutes." },
  "session.banner.holding": "Holding in memory: {held}.",
  "session.banner.showAsk": "Show questions to ask",
  "session.banner.hideAsk": "Hide questions to ask",
  "session.banner.end": "End session and clear this device",
  "session.end.title": "End the session and clear this device?",
  "session.end.text":
    "Everything the session held is wiped from this browser, in every tab: plans in memory and anything saved here. Check you have handed over what the person needs first.",
  "session.end.keepSaved":
    "Keep the plan saved, locked, on this device for the person (only if it is their own device)",
  "session.end.yes": "Yes, end and clear",
  "session.end.no": "No, carry on",
  /** Shown in a session tab, and when ending it, while another tab of the browser holds a session with work in it. */
  "session.otherTab":
    "Another tab in this browser has a session with plans in it. Ending the session here ends that one too, and clears it.",

  // Nothing has happened for a while
  "session.idle.title": "Are you still there?",
  "session.idle.nothingFor": {
    one: "Nothing has happened for 1 minute.",
    other: "Nothing has happened for {count} minutes.",
  },
  "session.idle.willEnd": {
    one: "The session will end and clear this device in 1 minute, unless you keep going.",
    other: "The session will end and clear this device in {count} minutes, unless you keep going.",
  },
  "session.idle.keepGoing": "Keep going",
  "session.idle.saveFirst": "Save a copy first",

  // Reviewing a household file
  "session.review.title": "Review a saved plan",
  "session.review.text":
    "Open a household file that was saved before, to review it together. Its questions come with it.",
  "session.review.open": "Open a household file",
  /** Opens the worker's own record: only in their copy, never the family's. */
  "session.record.open": "For my records",
  "session.review.opened": "The household file is open: {plans}. Open each plan below.",
  "session.openingPlan": "Opening the plan…",
  "session.backToHousehold": "Back to the household",
  "session.whereKeptTitle": "Kept only in this session's memory.",
  "session.whereKeptText":
    "Nothing is saved or sent unless you hand it over. Ending the session clears it, and so does reloading or closing this tab: until it is handed over, the browser asks first.",

  // The household
  "session.household.title": "This household",
  "session.household.intro": "Work through each plan with the person it belongs to. See each child on their own.",
  "session.household.notStarted": "Not started",
  "session.household.answered": { one: "{count} answered", other: "{count} answered" },
  "session.household.open": "Open",
  "session.household.remove": "Remove",
  "session.household.yesRemove": "Yes, remove",
  "session.household.keepIt": "Keep it",
  "session.household.addLegend": "Add a plan for a child or young person",
  "session.household.childKind": "Child's plan (simple steps)",
  "session.household.initials": "Their initials",
  "session.household.initialsHint": "Initials only, never a full name: up to 4 letters.",
  "session.household.initialsMissing": "Type their initials: one to 4 letters.",
  "session.household.initialsTooLong": "That is more than initials: type up to 4 letters, never their name.",
  "session.household.add": "Add plan",
  "session.handOver": "Hand over",

  // A child's plan printed in a session: for the worker's records, never for the child to keep.
  "session.print.forRecordsText": "The whole plan, for your records.",
  "session.print.whole": "Print the whole plan",
  "session.print.warningTitle": "A child should not keep a written plan.",
  "session.print.warningText":
    "If it is found, the child could be put at risk. Print the whole plan only for your own records, and keep it at your office. Give the child only the card of phone numbers.",
  "session.print.forRecords": "Print for my records",
} as const;
