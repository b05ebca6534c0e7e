/** Words of the session's hand-over screen, in English (the source). They load when it opens. */
export const handover = {
  "handover.intro":
    "Choose what is safest for this family. Printing for a child means a card of phone numbers only. Nothing here is stored.",
  "handover.print": "Print",
  "handover.printCard": "Print the phone card",
  "handover.printHint": "Opens the plan; its print options are at the end of the page.",
  "handover.fileTitle": "Locked file, or save on the person's device",
  "handover.include": "Plans to include",
  "handover.includeHint":
    "A young person's plan goes into your own copy. It goes into the person's copy only if the young person agrees.",
  "handover.ask.question": "{plan}: has the young person agreed that their plan goes into this copy?",
  "handover.ask.why": "A young person's plan is theirs: a parent may open this copy and read it.",
  "handover.ask.yes": "Yes, they agreed",
  "handover.ask.no": "No, leave it out",
  "handover.makeFile": "Make a locked file",
  "handover.saveDevice": "Save locked on this device (the person's own)",
  "handover.toPhone": "Hand over to a phone",
  "handover.deviceTitle": "Save locked on the person's own device",
  "handover.deviceText":
    "Only if this is the person's own device, and safe for them to keep it on. They choose the passphrase. It locks itself after a few minutes without use. Ending the session will ask whether to keep it.",
  "handover.noStorage": "This browser does not let sites save on the device. Make a locked file instead.",
  "handover.alreadySaved":
    "A locked plan is already saved on this device. Saving now replaces it. To go ahead, choose Save and lock again.",
  "handover.saveFailed": "This browser would not let us save. Make a locked file instead.",
  "handover.finishTitle": "Before you finish",
  "handover.handedOver": "What has been handed over (ticks are not saved)",
  "handover.confirmations": [
    "Each child has only the card of phone numbers, or nothing written at all",
    "The person has their locked file, or their printed plan",
    "The person knows the passphrase, and it is not written with the file",
    "My own copy is in my organisation's records",
    "The person knows where Exit this page is, and how to leave quickly",
    "We agreed when to review the plans",
  ],
  "handover.checked": "{done} of {total} checked.",
} as const;
