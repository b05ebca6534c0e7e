import type { TemplateShape } from "../shape";

/**
 * Things to take if I leave ("Items to take checklist" in the children's procedure, and
 * "what the plan should include" in Appendix A of the Leicester, Leicestershire and Rutland
 * procedure). One section per group, each with exactly one checklist field.
 *
 * Item ids are unique across the whole template (not just the field), so a saved tick can be
 * traced to one item even if items move between groups later.

 *
 * The words are in the catalogue (src/core/i18n/<lang>/plans/checklist.ts); this is the structure.
 */
export const checklistShape: TemplateShape = {
  kind: "checklist",
  sections: [
    {
      id: "documents",
      fields: [
        {
          id: "documents-list",
          type: "checklist",
          items: [
            {
              id: "passports",
            },
            {
              id: "birth-certificates",
            },
            {
              id: "identification",
            },
            {
              id: "driving-licence",
            },
            {
              id: "immigration-papers",
            },
            {
              id: "national-insurance",
            },
            {
              id: "benefit-papers",
            },
            {
              id: "medical-records",
            },
            {
              id: "tenancy-or-mortgage",
            },
            {
              id: "bills",
            },
            {
              id: "insurance-papers",
            },
            {
              id: "court-orders",
            },
          ],
        },
      ],
    },
    {
      id: "money-and-cards",
      fields: [
        {
          id: "money-list",
          type: "checklist",
          items: [
            {
              id: "cash",
            },
            {
              id: "bank-cards",
            },
            {
              id: "bank-books",
            },
            {
              id: "chequebook",
            },
          ],
        },
      ],
    },
    {
      id: "keys",
      fields: [
        {
          id: "keys-list",
          type: "checklist",
          items: [
            {
              id: "house-keys",
            },
            {
              id: "car-keys",
            },
            {
              id: "work-keys",
            },
            {
              id: "friends-keys",
            },
          ],
        },
      ],
    },
    {
      id: "medicine",
      fields: [
        {
          id: "medicine-list",
          type: "checklist",
          items: [
            {
              id: "my-medicine",
            },
            {
              id: "childrens-medicine",
            },
            {
              id: "prescriptions",
            },
            {
              id: "health-aids",
            },
          ],
        },
      ],
    },
    {
      id: "clothes",
      fields: [
        {
          id: "clothes-list",
          type: "checklist",
          items: [
            {
              id: "my-clothes",
            },
            {
              id: "childrens-clothes",
            },
            {
              id: "toiletries",
            },
          ],
        },
      ],
    },
    {
      id: "childrens-things",
      fields: [
        {
          id: "childrens-list",
          type: "checklist",
          items: [
            {
              id: "favourite-toys",
            },
            {
              id: "comfort-blanket",
            },
            {
              id: "school-things",
            },
            {
              id: "baby-things",
            },
          ],
        },
      ],
    },
    {
      id: "proof",
      fields: [
        {
          id: "proof-list",
          type: "checklist",
          items: [
            {
              id: "diary",
            },
            {
              id: "photos-of-injuries",
            },
            {
              id: "messages",
            },
            {
              id: "crime-reference-numbers",
            },
            {
              id: "professionals-who-know",
            },
          ],
        },
      ],
    },
    {
      id: "things-that-matter",
      fields: [
        {
          id: "things-that-matter-list",
          type: "checklist",
          items: [
            {
              id: "phone-and-charger",
            },
            {
              id: "address-book",
            },
            {
              id: "photos",
            },
            {
              id: "jewellery",
            },
            {
              id: "sentimental-items",
            },
            {
              id: "pet-things",
            },
          ],
        },
      ],
    },
  ],
};
