import type { TemplateShape } from "../shape";

/**
 * A young person's safety plan, for ages of about 12 to 17 ("Young person's plan", Appendix 7 of
 * the children's procedure, and section 18 on young people's own relationships).
 *
 * - Plain words, "you" in the help and "I" in the labels, as the proforma does.
 * - The core messages: it is not your fault, you cannot stop it, don't step in, get out of the way,
 *   phone 999 if it is safe (55 if you cannot speak on a mobile).
 * - Childline is named but not numbered: the editor shows numbers from configuration.

 *
 * The words are in the catalogue (src/core/i18n/<lang>/plans/young-person.ts); this is the structure.
 */
export const youngPersonShape: TemplateShape = {
  kind: "young-person",
  sections: [
    {
      id: "what-i-know",
      readAloud: true,
      fields: [
        {
          id: "right-to-be-safe",
          type: "agree",
        },
        {
          id: "not-my-fault",
          type: "agree",
        },
        {
          id: "cannot-stop-it",
          type: "agree",
        },
        {
          id: "ok-to-break-rules",
          type: "agree",
        },
        {
          id: "other-ways-to-keep-safe",
          type: "longText",
        },
      ],
    },
    {
      id: "getting-out-of-the-way",
      readAloud: true,
      fields: [
        {
          id: "get-out-of-the-way",
          type: "agree",
        },
        {
          id: "safe-room",
          type: "shortText",
        },
        {
          id: "safe-room-locks",
          type: "yesNo",
        },
      ],
    },
    {
      id: "calling-for-help",
      readAloud: true,
      fields: [
        {
          id: "nearest-phone",
          type: "shortText",
        },
        {
          id: "call-my-name",
          type: "shortText",
        },
        {
          id: "call-my-address",
          type: "shortText",
        },
        {
          id: "call-what-is-happening",
          type: "longText",
        },
        {
          id: "silent-call",
          type: "agree",
        },
      ],
    },
    {
      id: "people-i-trust",
      readAloud: true,
      fields: [
        {
          id: "trusted-people",
          type: "people",
        },
        {
          id: "code-word",
          type: "shortText",
        },
      ],
    },
    {
      id: "brothers-and-sisters",
      readAloud: true,
      fields: [
        {
          id: "siblings-have-plan",
          type: "yesNo",
        },
        {
          id: "siblings-know-mine",
          type: "yesNo",
        },
      ],
    },
    {
      id: "if-we-leave",
      readAloud: true,
      fields: [
        {
          id: "places-to-go",
          type: "places",
        },
        {
          id: "my-bag",
          type: "longText",
        },
        {
          id: "bag-kept-at",
          type: "shortText",
        },
      ],
    },
    {
      id: "if-someone-is-hurt",
      readAloud: true,
      fields: [
        {
          id: "if-i-am-hurt",
          type: "people",
        },
        {
          id: "if-parent-hurt",
          type: "people",
        },
      ],
    },
    {
      id: "how-i-feel",
      readAloud: true,
      fields: [
        {
          id: "talk-about-feelings",
          type: "people",
        },
      ],
    },
    {
      id: "my-relationships",
      readAloud: true,
      fields: [
        {
          id: "relationship-worries",
          type: "longText",
        },
        {
          id: "meeting-safely",
          type: "longText",
        },
        {
          id: "relationship-help",
          type: "people",
        },
      ],
    },
    {
      id: "who-knows-my-plan",
      readAloud: true,
      fields: [
        {
          id: "plan-known-by",
          type: "people",
        },
        {
          id: "keep-safe",
          type: "agree",
        },
        {
          id: "plan-date",
          type: "date",
        },
      ],
    },
  ],
};
