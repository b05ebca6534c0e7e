import { child } from "../i18n/en/ui/child";
import { practice } from "../i18n/en/ui/practice";

const en = { ...child, ...practice };

/**
 * The English words of the practice screens and of Read aloud, for tests and English-only tools.
 * The screens read them in the page's language with t() (src/core/i18n/runtime.ts), from the
 * catalogue's "practice." and "child.readAloud." entries.
 */
export const PRACTICE_WORDS = {
  practiseWhatToDo: en["practice.practiseWhatToDo"],
  practiseCall: en["practice.practiseCall"],
  pickOne: en["practice.pickOne"],
  backToPlan: en["practice.backToPlan"],
  safe: en["practice.safe"],
  notSafe: en["practice.notSafe"],
  tryAgain: en["practice.tryAgain"],
  pretend: en["practice.pretend"],
  operatorSays: en["practice.operatorSays"],
  youSay: en["practice.youSay"],
  sayOrType: en["practice.sayOrType"],
  cannotTalk: en["practice.cannotTalk"],
  wellDone: en["practice.wellDone"],
  practiseAgain: en["practice.practiseAgain"],
  stop: en["practice.stop"],
  next: en["practice.next"],
  finish: en["practice.finish"],
} as const;

export const READ_ALOUD_WORDS = {
  button: en["child.readAloud.button"],
  stop: en["child.readAloud.stop"],
  missing: en["child.readAloud.missing"],
  howToFix: en["child.readAloud.howToFix"],
} as const;
