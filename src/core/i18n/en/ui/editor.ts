/** Words of the plan editor and of printing, in English (the source). Keys start "editor.". */
export const editor = {
  "editor.moreAbout": "More about this plan",
  "editor.keptOnScreen.title": "Kept only on this screen.",
  "editor.keptOnScreen.text": "Leaving or reloading this page, or using Exit, clears it.",
  "editor.whichPlan": "Which plan to show",
  "editor.planNumber": "Plan {n}",
  /** One plan among several of a kind: "AB, last changed 10/03/2027". */
  "editor.planOption": "{name}, last changed {date}",
  "editor.sections.label": "Sections of this plan",
  "editor.sections.title": "Sections",

  // A section.
  "editor.progress.notStarted": "Not started",
  "editor.progress.answered": "{answered} of {total} answered",
  /** A section of one question, answered (however many things were ticked in it): "1 of 1 answered" read as if one tick of five had counted. */
  "editor.progress.done": "Answered",
  "editor.progress.decided": "{decided} of {total} decided",
  "editor.questionsToThink": "Questions to think about",
  "editor.questionsToAsk": "Questions to ask",
  "editor.numbersToKnow": "Numbers to know",

  // Reviewing a plan.

  // Fields.
  "editor.agree": "I agree",
  "editor.clearAnswer": "Clear answer",
  "editor.text.full": "This answer is full. You could carry on in another box.",
  "editor.text.left": { one: "You have 1 character left.", other: "You have {count} characters left." },
  /** Hidden after a button, for screen readers: "Add (to) Things to take". */
  "editor.toField": "to {field}",

  // Lists of people and places.
  "editor.list.name": "Name",
  "editor.list.phone": "Phone number",
  "editor.list.role": "How they can help",
  "editor.list.place": "Place",
  "editor.list.placeNote": "How I would get there, or anything else to remember",
  "editor.list.person": "{field}: person {n}",
  "editor.list.placeN": "{field}: place {n}",
  "editor.list.addPerson": "Add a person",
  "editor.list.addAnotherPerson": "Add another person",
  "editor.list.addPlace": "Add a place",
  "editor.list.addAnotherPlace": "Add another place",
  "editor.list.remove": "Remove",
  /** Hidden after "Remove", for screen readers. */
  "editor.list.removePerson": "person {n} from {field}",
  "editor.list.removePlace": "place {n} from {field}",
  "editor.list.full": "That is the most this list can hold ({max}).",
  /** Said (and shown) after an entry with words in it is removed; {what} is its first words, such as a name. */
  "editor.list.removed": "Removed: {what}.",
  /** The button beside it that puts the entry back where it was (the same word as the drawing's Undo). */
  "editor.list.undo": "Undo",

  // Print controls.
  "editor.print.title": "Print",
  "editor.print.discreet": "Discreet printout: plain words only, and a plain title (“{title}”)",
  "editor.print.discreetHint":
    "Headings become words like “Notes” and “People”, and the names of services are left off. This choice is for every printout on this page, and it is not saved.",
  "editor.print.numbersLegend": "Numbers on the paper",
  "editor.print.numbersHint":
    "Each number prints on its own, without the service's name. You can give it a name that means something only to you, or leave it blank.",
  "editor.print.numberLabel": "{name}, {phone}",
  "editor.print.fullText":
    "The printout shows your answers, with lines to write on for anything you skipped. Keep it somewhere it will not be found, or ask a support worker to keep it for you.",
  "editor.print.aboutMe": "Also print what applies to me and what matters most (never on a discreet printout)",
  "editor.print.skipEmpty": "Leave out questions I have not answered",

  // On the paper. A discreet printout uses only the plain words, which must say nothing of what
  // it is for (src/core/print/revealing.ts checks them in every language).
  "editor.paper.forWhom": "For:",
  "editor.paper.reviewedOn": "Reviewed on:",
  "editor.paper.name": "Name",
  "editor.paper.phone": "Phone",
  "editor.paper.notes": "Notes",
  "editor.paper.howTheyCanHelp": "How they can help",
  "editor.paper.closing": "A plan can lower the risk, but it cannot guarantee safety. If you are in danger, phone 999.",
  "editor.paper.cardTitle": "My phone numbers",
  "editor.paper.cardTitlePlain": "My numbers",
  "editor.paper.someoneITrust": "Someone I trust",
  /** The tab title while a discreet printout or a card prints: a saved PDF is offered under it. */
  "editor.paper.documentTitle": "Notes",
} as const;
