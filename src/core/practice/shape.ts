import type { Catalogue } from "../i18n/entry";
import { PLACEHOLDER_NAMES, type PlaceholderName } from "./placeholders";
import type { Audience, CallStep, PracticeSet } from "./types";

/**
 * A practice set's structure, as data without words: scenarios, their choices, which choice is
 * safest, pictures, and the steps of the pretend call. The words come from the language's
 * catalogue (src/core/i18n/<lang>/practice/<audience>.ts), under keys built from the ids, so every
 * language has the same practice:
 *
 *   practice.<audience>.title | intro | closing
 *   practice.<audience>.blank.<safePlace | trustedPerson | nearestPhone | neighbour | name | address>
 *   practice.<audience>.<scenario>.situation | question
 *   practice.<audience>.<scenario>.<choice>.label | feedback
 *   practice.<audience>.call.title | intro | silentCall | ending
 *   practice.<audience>.call.<step>.operator | prompt | hint
 */
export interface ChoiceShape {
  id: string;
  /** The safest choice(s) in this scenario. Others are still met kindly. */
  best: boolean;
  /** Name of a built-in picture. */
  picture?: string;
}
export interface ScenarioShape {
  id: string;
  picture?: string;
  choices: readonly ChoiceShape[];
}
export interface CallStepShape {
  id: string;
  /** Which of the child's answers this step uses, if any. */
  answer?: CallStep["answer"];
}
/**
 * The pretend 999 call, the same for a child and a young person: which service, name, address,
 * what is happening, whether they are safe, and staying on the line. Each practice words it.
 */
export const CALL_STEPS: readonly CallStepShape[] = [
  { id: "which-service" },
  { id: "name", answer: "name" },
  { id: "address", answer: "address" },
  { id: "what-is-happening", answer: "what-is-happening" },
  { id: "are-you-safe" },
  { id: "stay-on-the-line" },
];

export interface PracticeShape {
  audience: Audience;
  scenarios: readonly ScenarioShape[];
  call: { steps: readonly CallStepShape[] };
}

type Words = Readonly<Record<string, Catalogue[string]>>;

/** The practice set in one language: the shape with that language's words put in. `used` records each key read. */
export function buildPractice(shape: PracticeShape, words: Words, used?: Set<string>): PracticeSet {
  const get = (key: string) => {
    used?.add(key);
    return words[key];
  };
  const text = (key: string): string => {
    const entry = get(key);
    return typeof entry === "string" ? entry : key;
  };
  const list = (key: string): string[] => {
    const entry = get(key);
    return Array.isArray(entry) ? [...entry] : [];
  };
  const p = `practice.${shape.audience}`;
  return {
    audience: shape.audience,
    blanks: Object.fromEntries(PLACEHOLDER_NAMES.map((name) => [name, text(`${p}.blank.${name}`)])) as Record<
      PlaceholderName,
      string
    >,
    title: text(`${p}.title`),
    intro: list(`${p}.intro`),
    scenarios: shape.scenarios.map((s) => ({
      id: s.id,
      situation: text(`${p}.${s.id}.situation`),
      question: text(`${p}.${s.id}.question`),
      ...(s.picture ? { picture: s.picture } : {}),
      choices: s.choices.map((c) => ({
        id: c.id,
        label: text(`${p}.${s.id}.${c.id}.label`),
        best: c.best,
        feedback: text(`${p}.${s.id}.${c.id}.feedback`),
        ...(c.picture ? { picture: c.picture } : {}),
      })),
    })),
    call: {
      title: text(`${p}.call.title`),
      intro: list(`${p}.call.intro`),
      steps: shape.call.steps.map((step) => ({
        id: step.id,
        operator: text(`${p}.call.${step.id}.operator`),
        prompt: text(`${p}.call.${step.id}.prompt`),
        ...(step.answer ? { answer: step.answer } : {}),
        hint: text(`${p}.call.${step.id}.hint`),
      })),
      silentCall: list(`${p}.call.silentCall`),
      ending: list(`${p}.call.ending`),
    },
    closing: list(`${p}.closing`),
  };
}
