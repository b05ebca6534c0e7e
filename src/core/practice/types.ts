import type { PlaceholderName } from "./placeholders";

/**
 * Practice is data, like plans: scenarios with choices and kind feedback, and a pretend 999
 * call. No score and no failing: every choice gets a gentle explanation, and the child can
 * try again as often as they like. This is a practice set in one language, built from its
 * structure (shapes/) and the language's words (src/core/i18n/<lang>/practice/) by shape.ts.
 */
export type Audience = "child" | "young-person";

export interface PracticeChoice {
  id: string;
  /** What the child could do. May hold {safePlace}, {trustedPerson} or {nearestPhone}. */
  label: string;
  /** The safest choice(s) in this scenario. Others are still met kindly. */
  best: boolean;
  /** Kind feedback that says why. May hold the same placeholders. */
  feedback: string;
  /** Name of a built-in picture. */
  picture?: string;
}

export interface Scenario {
  id: string;
  /** "You hear shouting downstairs…" */
  situation: string;
  question: string;
  choices: PracticeChoice[];
  picture?: string;
}

export interface CallStep {
  id: string;
  /** What the operator might say. */
  operator: string;
  /** What the child practises saying; may hold {name} or {address}. */
  prompt: string;
  /** Which of the child's answers this step uses, if any. */
  answer?: "name" | "address" | "what-is-happening";
  hint: string;
}

export interface PracticeSet {
  audience: Audience;
  /**
   * This audience's words for each blank, so practice never shows an empty gap. The child's
   * answer follows them after a colon: "an adult you trust: Nan".
   */
  blanks: Record<PlaceholderName, string>;
  title: string;
  intro: string[];
  scenarios: Scenario[];
  call: {
    title: string;
    intro: string[];
    steps: CallStep[];
    /** About 55 when you cannot speak, for a mobile phone. */
    silentCall: string[];
    ending: string[];
  };
  /** Said at the end, every time. */
  closing: string[];
}
