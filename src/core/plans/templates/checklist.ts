import type { Template } from "../template";

/**
 * Things to take if I leave ("Items to take checklist" in the children's procedure, and
 * "what the plan should include" in Appendix A of the Leicester, Leicestershire and Rutland
 * procedure). One section per group, each with exactly one checklist field.
 *
 * Item ids are unique across the whole template (not just the field), so a saved tick can be
 * traced to one item even if items move between groups later.
 */
export const checklistTemplate: Template = {
  kind: "checklist",
  title: "Things to take if I leave",
  neutralTitle: "List",
  intro: [
    "A list of things that can help if you need to leave, especially in a hurry. Take only what you safely can: you matter more than any of these things.",
    "You don't need everything at once. You could leave copies or spares with someone you trust, or with a support service, ahead of time.",
    "Tick things off as you gather them. Every item is optional.",
  ],
  sections: [
    {
      id: "documents",
      title: "Documents",
      printTitle: "Documents",
      help: [
        "Papers that show who you are and what you are entitled to. If you can't take the originals, copies or photos still help.",
      ],
      questions: [
        "Could someone you trust keep copies for you?",
        "Are any of these papers kept somewhere the person controls?",
      ],
      fields: [
        {
          id: "documents-list",
          type: "checklist",
          label: "Documents to take",
          printLabel: "Documents",
          items: [
            { id: "passports", label: "Passports, for you and your children" },
            { id: "birth-certificates", label: "Birth certificates, for you and your children" },
            { id: "identification", label: "Other identification, such as an ID card" },
            { id: "driving-licence", label: "Driving licence" },
            {
              id: "immigration-papers",
              label: "Home Office papers, visas and work permits",
              printLabel: "Visas and work permits",
            },
            { id: "national-insurance", label: "National Insurance numbers" },
            { id: "benefit-papers", label: "Benefit letters, books or cards" },
            {
              id: "medical-records",
              label: "Medical cards and health records",
              hint: "For example your children's red books and vaccination records.",
            },
            { id: "tenancy-or-mortgage", label: "Tenancy agreement, lease, house deeds or mortgage papers" },
            { id: "bills", label: "Recent bills, including any unpaid ones" },
            { id: "insurance-papers", label: "Insurance papers" },
            {
              id: "court-orders",
              label: "Court orders, divorce papers and other legal papers",
              printLabel: "Legal papers",
            },
          ],
        },
      ],
    },
    {
      id: "money-and-cards",
      title: "Money and cards",
      printTitle: "Money and cards",
      help: ["Enough to get by for a day or two: fares, phone calls, food and perhaps a night somewhere."],
      questions: ["Could you open a bank account of your own, with statements sent somewhere safe?"],
      fields: [
        {
          id: "money-list",
          type: "checklist",
          label: "Money and cards to take",
          printLabel: "Money and cards",
          items: [
            { id: "cash", label: "Some cash, including change for fares" },
            { id: "bank-cards", label: "Bank and credit cards" },
            { id: "bank-books", label: "Bank books, statements or savings details" },
            { id: "chequebook", label: "Chequebook" },
          ],
        },
      ],
    },
    {
      id: "keys",
      title: "Keys",
      printTitle: "Keys",
      help: ["Spare keys can be left with someone you trust, so you don't have to look for them in a hurry."],
      questions: ["Who could keep a spare set for you?"],
      fields: [
        {
          id: "keys-list",
          type: "checklist",
          label: "Keys to take",
          printLabel: "Keys",
          items: [
            { id: "house-keys", label: "House keys" },
            { id: "car-keys", label: "Car keys" },
            { id: "work-keys", label: "Work or office keys" },
            { id: "friends-keys", label: "Keys to a friend's or relative's home" },
          ],
        },
      ],
    },
    {
      id: "medicine",
      title: "Medicine",
      printTitle: "Medicine",
      help: ["Medicines for you and your children, and what you need to get more."],
      questions: ["Could your GP or pharmacy help if you have to leave without your medicines?"],
      fields: [
        {
          id: "medicine-list",
          type: "checklist",
          label: "Medicine to take",
          printLabel: "Medicine",
          items: [
            { id: "my-medicine", label: "My medicine" },
            { id: "childrens-medicine", label: "My children's medicine" },
            { id: "prescriptions", label: "Prescriptions, or a list of medicines and doses" },
            { id: "health-aids", label: "Glasses, hearing aids, inhalers or other things I need for my health" },
          ],
        },
      ],
    },
    {
      id: "clothes",
      title: "Clothes",
      printTitle: "Clothes",
      help: [
        "A change of clothes for everyone. A bag left with a friend or relative means you can go without packing.",
      ],
      questions: ["Could a friend or relative look after a bag of spare clothes for you?"],
      fields: [
        {
          id: "clothes-list",
          type: "checklist",
          label: "Clothes to take",
          printLabel: "Clothes",
          items: [
            { id: "my-clothes", label: "A change of clothes for me" },
            { id: "childrens-clothes", label: "A change of clothes for my children" },
            { id: "toiletries", label: "Toothbrushes and other wash things" },
          ],
        },
      ],
    },
    {
      id: "childrens-things",
      title: "Children's things",
      printTitle: "Children's things",
      help: ["Familiar things help children feel settled in a new place."],
      questions: ["What would your children most want to have with them?"],
      fields: [
        {
          id: "childrens-list",
          type: "checklist",
          label: "Children's things to take",
          printLabel: "Children's things",
          items: [
            { id: "favourite-toys", label: "Favourite toys" },
            { id: "comfort-blanket", label: "Comfort blankets or cuddly toys" },
            { id: "school-things", label: "School uniform, books and bags" },
            { id: "baby-things", label: "Baby things, such as bottles, formula and nappies" },
          ],
        },
      ],
    },
    {
      id: "proof",
      title: "Proof of what has happened",
      printTitle: "Records",
      help: [
        "If it is safe, anything that shows what has happened can help later, for example with the police, a court or housing. Never put yourself at risk to collect it.",
      ],
      questions: [
        "Is there somewhere safe, away from home, where you could keep these?",
        "Which professionals already know what has been happening?",
      ],
      fields: [
        {
          id: "proof-list",
          type: "checklist",
          label: "Proof to take",
          printLabel: "Records",
          items: [
            { id: "diary", label: "A diary or notes of what happened and when", printLabel: "A diary or notes" },
            { id: "photos-of-injuries", label: "Photos of injuries or damage", printLabel: "Photos" },
            { id: "messages", label: "Messages, emails, voicemails or recordings" },
            { id: "crime-reference-numbers", label: "Police crime reference numbers", printLabel: "Reference numbers" },
            {
              id: "professionals-who-know",
              label: "Names and contact details of professionals who know",
              printLabel: "Names and contact details",
              hint: "For example your GP, health visitor or support worker.",
            },
          ],
        },
      ],
    },
    {
      id: "things-that-matter",
      title: "Things that matter to me",
      printTitle: "Things that matter",
      help: ["Your phone, your contacts, and the things you could never replace."],
      questions: ["Is there anything you couldn't bear to lose that someone could keep for you now?"],
      fields: [
        {
          id: "things-that-matter-list",
          type: "checklist",
          label: "Things that matter to take",
          printLabel: "Things that matter",
          items: [
            { id: "phone-and-charger", label: "My mobile phone and charger" },
            { id: "address-book", label: "An address book, or important numbers written down" },
            { id: "photos", label: "Photos" },
            { id: "jewellery", label: "Jewellery" },
            { id: "sentimental-items", label: "Things of sentimental value" },
            { id: "pet-things", label: "Things for my pets, such as food, medicine and vaccination records" },
          ],
        },
      ],
    },
  ],
};
