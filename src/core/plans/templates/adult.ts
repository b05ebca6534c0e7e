import type { TemplateShape } from "../shape";

/**
 * Personal safety plan for an adult.
 *
 * Structure and facts come from the guidance ("Developing a safety plan", "Personal safety plan
 * for women" and the clarification questions in the children's procedure; Appendix A "Safety
 * Planning" in the Leicester, Leicestershire and Rutland procedure). The words are our own.
 *
 * - Written for anyone, whatever their gender or their partner's: "the person", not "he".
 * - It must work for someone who stays as well as someone who leaves, and it says plainly that
 *   the risk rises around leaving.
 * - No phone numbers except 999, 55 and 141: the editor shows helplines and local services from
 *   configuration (see `showNumbers`), so numbers are kept in one checked place.

 *
 * The words are in the catalogue (src/core/i18n/<lang>/plans/adult.ts); this is the structure.
 */
export const adultShape: TemplateShape = {
  kind: "adult",
  sections: [
    // The tailored plan (src/core/tailoring/): optional, and offered when the plan opens.
    { id: "what-applies", fields: [{ id: "situation", type: "situation" }] },
    { id: "what-matters", fields: [{ id: "priorities", type: "priorities" }] },
    { id: "my-ideas", fields: [{ id: "strategies", type: "strategies" }] },
    {
      id: "right-now",
      fields: [
        {
          id: "worries",
          type: "longText",
        },
        {
          id: "warning-signs",
          type: "longText",
        },
        {
          id: "living-together",
          type: "yesNo",
        },
        {
          id: "if-i-stay",
          type: "longText",
        },
        {
          id: "if-i-have-left",
          type: "longText",
        },
      ],
    },
    {
      id: "staying-safer-at-home",
      fields: [
        {
          id: "people-who-would-call",
          type: "people",
        },
        {
          id: "if-children-hurt",
          type: "people",
        },
        {
          id: "safest-room",
          type: "shortText",
        },
        {
          id: "rooms-to-avoid",
          type: "longText",
        },
        {
          id: "code-word",
          type: "shortText",
        },
        {
          id: "code-word-people",
          type: "people",
        },
        {
          id: "children-plan",
          type: "longText",
        },
        {
          id: "children-safe-place",
          type: "shortText",
        },
        {
          id: "phone-plan",
          type: "longText",
        },
        {
          id: "escape-routes",
          type: "longText",
        },
        {
          id: "escape-practised",
          type: "yesNo",
        },
      ],
    },
    {
      id: "getting-ready-to-leave",
      fields: [
        {
          id: "places-to-go",
          type: "places",
          maxItems: 4,
        },
        {
          id: "children-place",
          type: "shortText",
        },
        {
          id: "money-set-aside",
          type: "longText",
        },
        {
          id: "things-kept-safe",
          type: "longText",
        },
        {
          id: "professional-or-neighbour",
          type: "people",
        },
        {
          id: "pets",
          type: "longText",
        },
        {
          id: "immigration",
          type: "longText",
        },
        {
          id: "money-benefits-work",
          type: "longText",
        },
        {
          id: "health",
          type: "longText",
        },
      ],
    },
    {
      id: "after-leaving",
      fields: [
        {
          id: "home-security",
          type: "longText",
        },
        {
          id: "people-to-inform",
          type: "people",
        },
        {
          id: "collect-children",
          type: "people",
        },
        {
          id: "hide-my-number",
          type: "agree",
        },
        {
          id: "work",
          type: "longText",
        },
        {
          id: "places-to-avoid",
          type: "places",
        },
        {
          id: "if-i-think-of-going-back",
          type: "people",
        },
      ],
    },
    {
      id: "important-numbers",
      showNumbers: true,
      fields: [
        {
          id: "my-numbers",
          type: "people",
        },
      ],
    },
    {
      id: "review",
      fields: [
        {
          id: "review-date",
          type: "reviewDate",
        },
      ],
    },
  ],
};
