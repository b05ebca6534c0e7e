import type { child as en } from "../../en/ui/child";
import type { Translation } from "../../types";

/** The Panjabi words: drafted from the English, not yet reviewed by a fluent speaker. TRANSLATE: every entry below is still English. */
export const child: Translation<typeof en> = {
  "child.practice.open": "Practise my plan",
  "child.practice.loadingTitle": "Practice",
  "child.practice.loading": "Getting practice ready…",
  "child.practice.loadFailed": "Practice could not load. Check your connection and reload the page.",
  "child.practice.practiseWhatToDo": "Practise what to do",
  "child.practice.practiseCall": "Practise a pretend 999 call",
  "child.practice.pickOne": "Pick one.",
  "child.practice.backToPlan": "Back to my plan",
  "child.practice.safe": "Safe choice",
  "child.practice.notSafe": "Not safe",
  "child.practice.tryAgain": "You can choose another answer, or go on.",
  "child.practice.pretend": "This is only pretend. No call is made.",
  "child.practice.operatorSays": "The person on the phone says:",
  /** What the person on the phone says, in the language's quotation marks. */
  "child.practice.quote": "“{words}”",
  "child.practice.youSay": "You say:",
  /** Under the pretend call's box once the child has had a go: their plan's own answer, to check. */
  "child.practice.planSays": "Your plan says: {answer}",
  "child.practice.sayOrType": "You can say it out loud, or type it here.",
  "child.practice.cannotTalk": "If you cannot talk",
  "child.practice.wellDone": "Well done for practising",
  "child.practice.practiseAgain": "Start again",
  "child.practice.stop": "Stop",
  "child.practice.next": "Next",
  "child.practice.finish": "All done",
  "child.practice.countScenario": "Practice {n} of {total}",
  "child.practice.countPart": "Part {n} of {total}",
  "child.readAloud.button": "Read aloud",
  "child.readAloud.stop": "Stop reading",
  /** For the adult, on a device with no voice of its own in this language (voices that send words away are never used). */
  "child.readAloud.missing": "For the grown-up: Read aloud does not work on this device yet.",
  "child.readAloud.howToFix":
    "To turn it on, add a voice in the settings of the device. Look for speech, or text to speech. The Read aloud button may then come up here by itself. If not, first keep the answers with Save a copy. Then load this page again.",
  /** How Read aloud says a yes-or-no answer: "Do you have a mobile: yes." */
  "child.readAloud.yes": "yes",
  "child.readAloud.no": "no",
  /** Between names in a list, and before the last: "Mum, Nan and Mr Ali". */
  "child.readAloud.listComma": ", ",
  "child.readAloud.listAnd": "{first} and {last}",
  /** The same, when the last name starts with a vowel (Welsh: "Mam ac Ali"). */
  "child.readAloud.listAndVowel": "{first} and {last}",
  /** Said as "3 February 2027": the day, the month's name, the year. */
  "child.readAloud.months": [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};
