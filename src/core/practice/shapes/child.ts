import { CALL_STEPS, type PracticeShape } from "../shape";

/**
 * Practice for a child of about 7 to 9, done with a trusted adult ("The child needs to rehearse
 * this safety plan", Appendix 7 of the children's procedure).
 *
 * The words are in the catalogue (src/core/i18n/<lang>/practice/child.ts); this is the structure:
 * which scenarios, which choices and which of them is safest, the pictures, and the parts of the
 * pretend call.
 *
 * - Every string is read by (or to) the child and is checked by the tests (readability.test.ts,
 *   practice.test.ts): short sentences, short common words, in every language. Rewrite the text
 *   if it fails; don't raise the bar.
 * - The key messages: it is not your fault; you can't stop it; don't get in the middle; get out of
 *   the way; go to your safe place; phone 999 if it is safe; press 55 on a mobile if you can't
 *   talk; tell a grown-up you trust; it's OK to feel how you feel.
 * - No score and no failing: every choice is met kindly and the feedback says why.
 * - No phone numbers apart from 999 and 55.
 * - {safePlace}, {trustedPerson}, {nearestPhone}, {neighbour}, {name} and {address} are filled from the
 *   child's plan, or from the set's own blanks when no plan is open.
 */
export const childPracticeShape: PracticeShape = {
  audience: "child",
  scenarios: [
    {
      id: "shouting-downstairs",
      picture: "stairs",
      choices: [
        {
          id: "shouting-safe-place",
          best: true,
          picture: "house",
        },
        {
          id: "shouting-go-down",
          best: false,
          picture: "stairs",
        },
        {
          id: "shouting-go-and-look",
          best: false,
          picture: "eye",
        },
      ],
    },
    {
      id: "someone-getting-hurt",
      picture: "shout",
      choices: [
        {
          id: "hurt-get-in-the-middle",
          best: false,
          picture: "shout",
        },
        {
          id: "hurt-safe-place-and-999",
          best: true,
          picture: "phone",
        },
        {
          id: "hurt-run-next-door",
          best: true,
          picture: "houses",
        },
      ],
    },
    {
      id: "scared-at-night",
      picture: "moon",
      choices: [
        {
          id: "night-stay-out-of-the-way",
          best: true,
          picture: "house",
        },
        {
          id: "night-go-and-look",
          best: false,
          picture: "eye",
        },
        {
          id: "night-tell-later",
          best: true,
          picture: "talk",
        },
      ],
    },
    {
      id: "keep-a-secret",
      picture: "lock",
      choices: [
        {
          id: "secret-keep-it",
          best: false,
          picture: "lock",
        },
        {
          id: "secret-tell-trusted",
          best: true,
          picture: "talk",
        },
      ],
    },
    {
      id: "little-one-crying",
      picture: "scared",
      choices: [
        {
          id: "crying-take-them",
          best: true,
          picture: "house",
        },
        {
          id: "crying-ask-grown-ups",
          best: false,
          picture: "shout",
        },
        {
          id: "crying-tell-trusted",
          best: true,
          picture: "talk",
        },
      ],
    },
    {
      id: "after-a-fight",
      picture: "feelings",
      choices: [
        {
          id: "after-talk",
          best: true,
          picture: "talk",
        },
        {
          id: "after-keep-it-in",
          best: false,
          picture: "lock",
        },
        {
          id: "after-calm-thing",
          best: true,
          picture: "sun",
        },
      ],
    },
  ],
  call: { steps: CALL_STEPS },
};
