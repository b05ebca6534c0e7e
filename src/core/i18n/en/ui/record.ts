/**
 * Words of the worker's own record in a session (issue 22), in English (the source). They load
 * when the record is opened. The scale guidance is written in our own plain words from the
 * risk identification matrix's description of what each scale asks of a professional.
 */
export const record = {
  "record.title": "For my records",
  "record.whose":
    "Only you see this. It goes only into your own copy, never into the family's copy, their printouts or a child's card.",
  "record.session.legend": "The session",
  "record.agency": "Agency",
  "record.worker": "Worker",
  "record.contact": "How to contact the worker",
  "record.sessionDate": "Date of the session",
  "record.risk.legend": "Risk assessment",
  "record.assessment": "Risk assessment used",
  "record.assessmentHint": "For example DASH.",
  "record.outcome": "Outcome, as you judged it",
  "record.outcome.standard": "Standard",
  "record.outcome.medium": "Medium",
  "record.outcome.high": "High",
  "record.assessmentDate": "Date of the assessment",
  "record.marac.legend": "MARAC referral",
  "record.marac.made": "Made",
  "record.marac.notMade": "Not made",
  "record.maracDate": "Date of the referral",
  "record.children.legend": "Each child: risk identification matrix",
  "record.children.intro":
    "Choose a scale for each child. What the chosen scale asks of you shows beside it, as guidance: your own agency's procedures come first.",
  "record.children.none": "Add a plan for each child or young person to the household, and their scale goes here.",
  "record.scaleLegend": "{plan}: scale",
  "record.scale.1": "Scale 1: moderate",
  "record.scale.2": "Scale 2: moderate to serious",
  "record.scale.3": "Scale 3: serious",
  "record.scale.4": "Scale 4: severe",
  "record.guidance.1":
    "Check that nothing makes the child more vulnerable, which would mean a higher scale. Record your assessment and why, and tell your line manager. Start an early help assessment for each child, or ask for one: if the mother does not agree, the risk is higher, so talk to your safeguarding lead. Offer what your agency can, include safety planning, and follow up.",
  "record.guidance.2":
    "All of scale 1, and more: several agencies are likely to be needed, with one lead professional. If the mother does not agree to an early help assessment, tell or refer to Children's Social Care. Share what you know with the other professionals (you may without consent when there is a risk of harm) and record why. Hold or join a meeting of the agencies.",
  "record.guidance.3":
    "The child may be suffering significant harm, or be at risk of it. Check again for anything that raises the scale, record your assessment and tell your line manager. Refer to Children's Social Care (a children in need assessment). Share information with consent, and record every action, contact and decision to share. A MARAC referral is likely.",
  "record.guidance.4":
    "Significant harm is reached. Refer to Children's Social Care now: child protection enquiries and a strategy meeting are likely. Refer the family to MARAC. Plan for the safety of professionals who meet the person causing harm.",
  "record.childAge": "Age",
  "record.childSchool": "School",
  "record.referrals.legend": "Referrals made",
  "record.referrals.csc": "Children's Social Care",
  "record.referrals.earlyHelp": "Early help",
  "record.referralNotes": "Notes on referrals",
  "record.copiesHeld": "Who holds copies of the plan, and where",
  "record.consent": "Consent notes",
  "record.consentHint": "For example: the young person agreed to share their plan.",
  "record.nextReview": "Next review date",
  "record.print": "Print my record",
  "record.printHint": "Prints this record alone, for a case file. None of it is ever on the family's printouts.",
  "record.print.title": "Worker's record, for the case file",
  "record.print.notRecorded": "Not recorded",
  "record.print.yes": "Yes",
  "record.print.no": "No",
  "record.review.title": "Since the last review",
  "record.review.since": "Last reviewed on {date}.",
  "record.review.nothing": "Nothing has changed since then.",
  "record.review.added": "New: {plan}",
  "record.review.removed": "No longer held: {plan}",
  "record.review.changed": "{plan}: answers changed in {sections}",
  "record.review.recordChanged": "In this record: {fields}",
  "record.review.separator": ", ",
  "record.review.askNext": "When is the next review?",
} as const;
