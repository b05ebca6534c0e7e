import type { TemplateShape } from "../shape";

/**
 * A child's safety plan, made with a trusted adult and a worker ("Child's safety plan",
 * Appendix 7 of the children's procedure).
 *
 * - One step per section: the child's screens show one section at a time.
 * - Everything except `askQuestions` is read by (or to) a child of about 7 to 9, and is checked
 *   by readability.test.ts: short sentences, short common words.
 * - `askQuestions` are for the adult or worker and follow the clarification questions for a child.
 * - The guidance says the child should not keep a written plan; the adult keeps it and the child
 *   practises it with them. The last step says so in child words.
 * - No phone numbers apart from 999 and 55: the editor shows numbers from configuration.

 *
 * The words are in the catalogue (src/core/i18n/<lang>/plans/child.ts); this is the structure.
 */
export const childShape: TemplateShape = {
  kind: "child",
  sections: [
    {
      id: "not-my-fault",
      fields: [
        {
          id: "cant-stop-it",
          type: "agree",
        },
      ],
    },
    {
      id: "get-out-of-the-way",
      fields: [
        {
          id: "get-away",
          type: "agree",
        },
      ],
    },
    {
      id: "safe-place",
      fields: [
        {
          id: "my-safe-place",
          type: "shortText",
        },
      ],
    },
    {
      id: "phone-999",
      fields: [
        {
          id: "my-name",
          type: "shortText",
        },
        {
          id: "my-address",
          type: "shortText",
        },
        {
          id: "what-is-happening",
          type: "shortText",
        },
      ],
    },
    {
      id: "who-else-can-help",
      fields: [
        {
          id: "help-from",
          type: "people",
        },
      ],
    },
    {
      id: "talk-later",
      fields: [
        {
          id: "talk-to",
          type: "people",
        },
      ],
    },
    {
      id: "if-i-am-hurt",
      fields: [
        {
          id: "tell-if-hurt",
          type: "people",
        },
      ],
    },
    {
      id: "feelings",
      fields: [
        {
          id: "my-feelings",
          type: "choices",
          choices: [
            {
              id: "happy",
              picture: "happy",
            },
            {
              id: "sad",
              picture: "sad",
            },
            {
              id: "scared",
              picture: "scared",
            },
            {
              id: "angry",
              picture: "angry",
            },
            {
              id: "worried",
              picture: "worried",
            },
            {
              id: "calm",
              picture: "calm",
            },
            {
              id: "confused",
              picture: "confused",
            },
          ],
        },
      ],
    },
    {
      id: "who-knows",
      fields: [
        {
          id: "plan-known-by",
          type: "people",
        },
      ],
    },
    {
      id: "me",
      fields: [
        {
          id: "me-drawing",
          type: "drawing",
        },
      ],
    },
    {
      id: "our-names",
      fields: [
        {
          id: "child-name",
          type: "shortText",
        },
        {
          id: "adult-name",
          type: "shortText",
        },
        {
          id: "worker-name",
          type: "shortText",
        },
        {
          id: "plan-date",
          type: "date",
        },
      ],
    },
  ],
};
