/**
 * The built-in pictures (drawn in src/islands/pictures/Picture.tsx) and the one idea each
 * stands for. One picture per idea across the child's plan and practice: a picture never stands
 * for two ideas, and an idea never has two pictures (pictures.test.ts).
 */
export const PICTURE_IDEAS = {
  heart: "it is not your fault; you are cared for",
  door: "get out of the way",
  house: "your safe place",
  phone: "phone 999",
  houses: "a grown-up next door",
  talk: "tell or talk to a grown-up you trust",
  plaster: "if you get hurt",
  feelings: "your feelings",
  friend: "the people who know your plan",
  pencil: "a drawing of me",
  paper: "our names on the plan",
  stairs: "going downstairs, near the fight",
  eye: "going to look, or being watched",
  shout: "shouting and fighting",
  bed: "bedtime",
  moon: "night",
  lock: "a secret, or keeping it in",
  sun: "a calm thing to do",
  star: "well done",
  tree: "outside, somewhere busy",
  person: "someone to phone",
  happy: "I feel happy",
  sad: "I feel sad",
  scared: "I feel scared",
  angry: "I feel angry",
  worried: "I feel worried",
  calm: "I feel calm",
  confused: "I feel confused",
} as const;

export type PracticePicture = keyof typeof PICTURE_IDEAS;

export { STEP_PICTURES } from "./step-pictures";

/** The pictures the practice data may name. */
export const PRACTICE_PICTURES = Object.keys(PICTURE_IDEAS) as readonly PracticePicture[];

/** Pictures that say "well done" or "lovely": never beside a choice that is not safe. */
export const REWARDING_PICTURES: readonly PracticePicture[] = ["heart", "star", "sun", "happy", "calm"];

/**
 * Words in a choice that name an idea with its own picture, checked in the order given: a choice
 * that says 999 shows the phone; one that sends you to your safe place shows the house; one that
 * tells a trusted grown-up shows talking.
 */
export const IDEA_CUES: ReadonlyArray<[RegExp, PracticePicture]> = [
  [/\b999\b/, "phone"],
  [/\{safePlace\}/, "house"],
  [/\{trustedPerson\}/, "talk"],
];
