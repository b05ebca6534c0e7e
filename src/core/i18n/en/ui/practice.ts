/**
 * The practice screens' words (the child's and the young person's), in English (the source). Keys
 * start "practice.". They come with practice's code (ui-parts.ts). Children hear them read aloud,
 * so readability.test.ts holds them to the children's limits, as the child's other words.
 */
export const practice = {
  "practice.practiseWhatToDo": "Practise what to do",
  "practice.practiseCall": "Practise a pretend 999 call",
  "practice.pickOne": "Pick one.",
  "practice.backToPlan": "Back to my plan",
  "practice.safe": "Safe choice",
  "practice.notSafe": "Not safe",
  "practice.tryAgain": "You can choose another answer, or go on.",
  "practice.pretend": "This is only pretend. No call is made.",
  "practice.operatorSays": "The person on the phone says:",
  /** What the person on the phone says, in the language's quotation marks. */
  "practice.quote": "“{words}”",
  "practice.youSay": "You say:",
  /** Under the pretend call's box once the child has had a go: their plan's own answer, to check. */
  "practice.planSays": "Your plan says: {answer}",
  "practice.sayOrType": "You can say it out loud, or type it here.",
  "practice.cannotTalk": "If you cannot talk",
  "practice.wellDone": "Well done for practising",
  "practice.practiseAgain": "Start again",
  "practice.stop": "Stop",
  "practice.next": "Next",
  "practice.finish": "All done",
  "practice.countScenario": "Practice {n} of {total}",
  "practice.countPart": "Part {n} of {total}",
} as const;
