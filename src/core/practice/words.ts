import { child as en } from "../i18n/en/ui/child";

/**
 * The English words of the practice screens and of Read aloud, for tests and English-only tools.
 * The screens read them in the page's language with t() (src/core/i18n/runtime.ts), from the
 * catalogue's "child.practice." and "child.readAloud." entries.
 */
export const PRACTICE_WORDS = {
  practiseWhatToDo: en["child.practice.practiseWhatToDo"],
  practiseCall: en["child.practice.practiseCall"],
  pickOne: en["child.practice.pickOne"],
  backToPlan: en["child.practice.backToPlan"],
  safe: en["child.practice.safe"],
  notSafe: en["child.practice.notSafe"],
  tryAgain: en["child.practice.tryAgain"],
  pretend: en["child.practice.pretend"],
  operatorSays: en["child.practice.operatorSays"],
  youSay: en["child.practice.youSay"],
  sayOrType: en["child.practice.sayOrType"],
  cannotTalk: en["child.practice.cannotTalk"],
  wellDone: en["child.practice.wellDone"],
  practiseAgain: en["child.practice.practiseAgain"],
  stop: en["child.practice.stop"],
  next: en["child.practice.next"],
  finish: en["child.practice.finish"],
} as const;

export const READ_ALOUD_WORDS = {
  button: en["child.readAloud.button"],
  stop: en["child.readAloud.stop"],
  missing: en["child.readAloud.missing"],
  howToFix: en["child.readAloud.howToFix"],
} as const;
