/**
 * Practice is data, like plans: scenarios with choices and kind feedback, and a pretend 999
 * call. No score and no failing: every choice gets a gentle explanation, and the child can
 * try again as often as they like.
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
   * This audience's own words for a blank, where they differ from PLACEHOLDER_DEFAULTS. The
   * child's answer follows them after a colon: "an adult you trust: Nan".
   */
  defaults?: Partial<Record<keyof typeof PLACEHOLDER_DEFAULTS, string>>;
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

/** Fallbacks when no plan is open, so practice never shows an empty gap. */
export const PLACEHOLDER_DEFAULTS = {
  safePlace: "your safe place",
  trustedPerson: "a grown-up you trust",
  nearestPhone: "the nearest phone",
  name: "your name",
  address: "your address",
} as const;
