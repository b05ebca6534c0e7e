import type { workspace as en } from "../../en/ui/workspace";
import type { Translation } from "../../types";

/** The workspace (the list of plans, notices, what a file holds), in Romanian. Adults are "tu"; plurals use one, few ("2 planuri") and other ("20 de planuri"). Drafted carefully, not yet reviewed by a fluent speaker. */
export const workspace: Translation<typeof en> = {
  // Tab titles: neutral, they never say what the plan is about.
  "workspace.tabTitle.plan": "Planul meu",
  "workspace.tabTitle.list": "Listă",
  "workspace.tabTitle.practice": "Exercițiu",

  // How each plan is named in the workspace's list of plans.
  "workspace.kind.adult": "Planul meu de siguranță",
  "workspace.kind.checklist": "Lucruri de luat",
  "workspace.kind.youngPerson": "Planul unui tânăr",
  "workspace.kind.child": "Planul unui copil",
  /** A plan with its label: "Planul unui copil (AB)". */
  "workspace.planWithLabel": "{name} ({label})",

  // Links from a section to another plan.
  "workspace.related.makeList": "Fă o listă cu lucruri de luat",
  "workspace.related.checkList": "Verifică lista cu lucruri de luat",
  "workspace.related.seeList": "Vezi lista cu lucruri de luat",
  "workspace.related.childPlan": "Fă un plan simplu împreună cu un copil",

  // What a file holds: "planul unui adult, lucruri de luat și 2 planuri de copii".
  "workspace.holds.adult": {
    one: "planul unui adult",
    few: "{count} planuri de adulți",
    other: "{count} de planuri de adulți",
  },
  "workspace.holds.checklist": {
    one: "lucruri de luat",
    few: "{count} liste cu lucruri de luat",
    other: "{count} de liste cu lucruri de luat",
  },
  "workspace.holds.youngPerson": {
    one: "planul unui tânăr",
    few: "{count} planuri de tineri",
    other: "{count} de planuri de tineri",
  },
  "workspace.holds.child": {
    one: "planul unui copil",
    few: "{count} planuri de copii",
    other: "{count} de planuri de copii",
  },
  "workspace.holds.none": "niciun plan",

  // What leaving would clear: "Planul meu de siguranță (12 răspunsuri)".
  "workspace.answers": { one: "1 răspuns", few: "{count} răspunsuri", other: "{count} de răspunsuri" },
  "workspace.decided": {
    one: "1 lucru hotărât",
    few: "{count} lucruri hotărâte",
    other: "{count} de lucruri hotărâte",
  },
  "workspace.planWithAnswers": "{name} ({answers})",
  /** In place of the number of answers, for a plan that holds only a review date. */
  "workspace.reviewOnly": "o dată de revizuire",

  "workspace.nav.label": "Planurile tale",
  "workspace.tooManyPlans":
    "Împreună ar fi mai mult de {max} planuri, adică mai mult decât poate păstra site-ul deodată. Nu s-a schimbat nimic.",
  "workspace.saveFailed.title": "Ultimele tale schimbări nu s-au putut salva pe acest dispozitiv.",
  "workspace.saveFailed.text":
    "Sunt încă pe ecran. Se va încerca din nou în timp ce scrii; poți și să salvezi o copie ca fișier.",
};
