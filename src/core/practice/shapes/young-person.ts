import { CALL_STEPS, type PracticeShape } from "../shape";

/**
 * Practice for a young person of about 12 to 17 ("Young person's plan", Appendix 7 of the
 * children's procedure, and section 18 on young people's own relationships).
 *
 * The words are in the catalogue (src/core/i18n/<lang>/practice/young-person.ts); this is the
 * structure.
 *
 * - Plain words, not childish; checked by practice.test.ts and readability.test.ts.
 * - The core messages: it is not your fault, you can't stop it, don't step in, get out of the way,
 *   phone 999 if it is safe (55 if you can't speak on a mobile), talk to an adult you trust.
 * - Childline is named but not numbered: the screens show numbers from configuration.
 *   No phone numbers apart from 999 and 55.
 * - No score and no failing: every choice is met with respect and the feedback says why.
 */
export const youngPersonPracticeShape: PracticeShape = {
  audience: "young-person",
  scenarios: [
    {
      id: "argument-getting-worse",
      picture: "shout",
      choices: [
        {
          id: "argument-step-in",
          best: false,
          picture: "shout",
        },
        {
          id: "argument-get-out",
          best: true,
          picture: "door",
        },
        {
          id: "argument-call-999",
          best: true,
          picture: "phone",
        },
        {
          id: "argument-stay-and-watch",
          best: false,
          picture: "house",
        },
      ],
    },
    {
      id: "taking-sides",
      picture: "shout",
      choices: [
        {
          id: "sides-pass-message",
          best: false,
          picture: "house",
        },
        {
          id: "sides-stay-out",
          best: true,
          picture: "heart",
        },
        {
          id: "sides-tell-trusted",
          best: true,
          picture: "friend",
        },
        {
          id: "sides-pick-a-side",
          best: false,
          picture: "shout",
        },
      ],
    },
    {
      id: "younger-sibling-scared",
      picture: "friend",
      choices: [
        {
          id: "sibling-take-with-you",
          best: true,
          picture: "door",
        },
        {
          id: "sibling-confront-adults",
          best: false,
          picture: "shout",
        },
        {
          id: "sibling-keep-calm",
          best: true,
          picture: "heart",
        },
        {
          id: "sibling-tell-trusted",
          best: true,
          picture: "friend",
        },
      ],
    },
    {
      id: "phone-checked",
      picture: "phone",
      choices: [
        {
          id: "phone-learn-numbers",
          best: true,
          picture: "star",
        },
        {
          id: "phone-message-friend",
          best: false,
          picture: "phone",
        },
        {
          id: "phone-refuse",
          best: false,
          picture: "shout",
        },
        {
          id: "phone-talk-in-person",
          best: true,
          picture: "friend",
        },
      ],
    },
    {
      id: "controlling-relationship",
      picture: "eye",
      choices: [
        {
          id: "relationship-go-along",
          best: false,
          picture: "eye",
        },
        {
          id: "relationship-talk",
          best: true,
          picture: "friend",
        },
        {
          id: "relationship-keep-quiet",
          best: false,
          picture: "lock",
        },
        {
          id: "relationship-meet-safely",
          best: true,
          picture: "tree",
        },
      ],
    },
    {
      id: "leaving-in-a-hurry",
      picture: "house",
      choices: [
        {
          id: "leaving-grab-essentials",
          best: true,
          picture: "phone",
        },
        {
          id: "leaving-pack-everything",
          best: false,
          picture: "house",
        },
        {
          id: "leaving-bag-ready",
          best: true,
          picture: "door",
        },
        {
          id: "leaving-go-back-alone",
          best: false,
          picture: "house",
        },
      ],
    },
  ],
  call: { steps: CALL_STEPS },
};
