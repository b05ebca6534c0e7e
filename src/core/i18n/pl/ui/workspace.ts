import type { workspace as en } from "../../en/ui/workspace";
import type { Translation } from "../../types";

/** Przestrzeń z planami: do dorosłych na „ty”, bez form rodzajowych; tytuły kart są neutralne. Drafted from the English, not yet reviewed by a fluent speaker. */
export const workspace: Translation<typeof en> = {
  // Tab titles: neutral, they never say what the plan is about.
  "workspace.tabTitle.plan": "Mój plan",
  "workspace.tabTitle.list": "Lista",
  "workspace.tabTitle.practice": "Ćwiczenie",

  // How each plan is named in the workspace's list of plans.
  "workspace.kind.adult": "Mój plan bezpieczeństwa",
  "workspace.kind.checklist": "Rzeczy do zabrania",
  "workspace.kind.youngPerson": "Plan młodej osoby",
  "workspace.kind.child": "Plan dziecka",
  /** A plan with its label: "Child's plan (AB)". */
  "workspace.planWithLabel": "{name} ({label})",

  // Links from a section to another plan.
  "workspace.related.makeList": "Zrób listę rzeczy do zabrania",
  "workspace.related.checkList": "Sprawdź listę rzeczy do zabrania",
  "workspace.related.seeList": "Zobacz listę rzeczy do zabrania",
  "workspace.related.childPlan": "Zrób prosty plan razem z dzieckiem",

  // What a file holds: "an adult's plan, things to take and 2 children's plans".
  "workspace.holds.adult": {
    one: "plan dorosłej osoby",
    few: "{count} plany dorosłych osób",
    many: "{count} planów dorosłych osób",
    other: "{count} planu dorosłych osób",
  },
  "workspace.holds.checklist": {
    one: "rzeczy do zabrania",
    few: "{count} listy rzeczy do zabrania",
    many: "{count} list rzeczy do zabrania",
    other: "{count} listy rzeczy do zabrania",
  },
  "workspace.holds.youngPerson": {
    one: "plan młodej osoby",
    few: "{count} plany młodych osób",
    many: "{count} planów młodych osób",
    other: "{count} planu młodych osób",
  },
  "workspace.holds.child": {
    one: "plan dziecka",
    few: "{count} plany dzieci",
    many: "{count} planów dzieci",
    other: "{count} planu dzieci",
  },
  "workspace.holds.none": "brak planów",

  // What leaving would clear: "My safety plan (12 answers)".
  "workspace.answers": {
    one: "1 odpowiedź",
    few: "{count} odpowiedzi",
    many: "{count} odpowiedzi",
    other: "{count} odpowiedzi",
  },
  "workspace.decided": {
    one: "1 ustalona rzecz",
    few: "{count} ustalone rzeczy",
    many: "{count} ustalonych rzeczy",
    other: "{count} ustalonej rzeczy",
  },
  "workspace.planWithAnswers": "{name} ({answers})",
  /** In place of the number of answers, for a plan that holds only a review date. */
  "workspace.reviewOnly": "data przeglądu",

  "workspace.nav.label": "Twoje plany",
  "workspace.tooManyPlans":
    "Razem byłoby to więcej niż {max} planów, a tyle ta strona nie może trzymać naraz. Nic się nie zmieniło.",
  "workspace.saveFailed.title": "Nie udało się zapisać twoich ostatnich zmian na tym urządzeniu.",
  "workspace.saveFailed.text":
    "Nadal są na ekranie. Strona spróbuje jeszcze raz, gdy będziesz pisać; możesz też zapisać kopię jako plik.",
};
