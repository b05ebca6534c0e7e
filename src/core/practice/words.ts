/**
 * The words of the practice screens and of Read aloud, apart from the practice sets themselves.
 * Children see and hear them, so practice.test.ts holds them to grade 4 like the sets.
 */
export const PRACTICE_WORDS = {
  practiseWhatToDo: "Practise what to do",
  practiseCall: "Practise a pretend 999 call",
  pickOne: "Pick one.",
  backToPlan: "Back to my plan",
  safe: "Safe choice",
  notSafe: "Not safe",
  tryAgain: "You can choose another answer, or go on.",
  pretend: "This is only pretend. No call is made.",
  operatorSays: "The person on the phone says:",
  youSay: "You say:",
  sayOrType: "You can say it out loud, or type it here.",
  cannotTalk: "If you cannot talk",
  wellDone: "Well done for practising",
  practiseAgain: "Start again",
  stop: "Stop",
  next: "Next",
  finish: "All done",
} as const;

export const READ_ALOUD_WORDS = {
  button: "Read aloud",
  stop: "Stop reading",
  /** For the adult, on a device with no voice of its own (voices that send words away are never used). */
  missing: "For the grown-up: Read aloud does not work on this device yet.",
  howToFix:
    "To turn it on, add a voice in the settings of the device. Look for speech, or text to speech. Then load this page again.",
} as const;

/** "Practice 2 of 6", "Part 1 of 6". */
export const countOf = (what: "Practice" | "Part", n: number, total: number) => `${what} ${n} of ${total}`;
