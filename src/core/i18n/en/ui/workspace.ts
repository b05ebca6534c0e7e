/** Words of the workspace part of the interface, in English (the source). Keys start "workspace.". */
export const workspace = {
  // Tab titles: neutral, they never say what the plan is about.
  "workspace.tabTitle.plan": "My plan",
  "workspace.tabTitle.list": "List",
  "workspace.tabTitle.practice": "Practice",

  // How each plan is named in the workspace's list of plans.
  "workspace.kind.adult": "My safety plan",
  "workspace.kind.checklist": "Things to take",
  "workspace.kind.youngPerson": "Young person's plan",
  "workspace.kind.child": "Child's plan",
  /** A plan with its label: "Child's plan (AB)". */
  "workspace.planWithLabel": "{name} ({label})",

  // Links from a section to another plan.
  "workspace.related.makeList": "Make a list of things to take",
  "workspace.related.checkList": "Check the list of things to take",
  "workspace.related.seeList": "See the list of things to take",
  "workspace.related.childPlan": "Make a simple plan with a child",

  // What a file holds: "an adult's plan, things to take and 2 children's plans".
  "workspace.holds.adult": { one: "an adult's plan", other: "{count} adults' plans" },
  "workspace.holds.checklist": { one: "things to take", other: "{count} lists of things to take" },
  "workspace.holds.youngPerson": { one: "a young person's plan", other: "{count} young people's plans" },
  "workspace.holds.child": { one: "a child's plan", other: "{count} children's plans" },
  "workspace.holds.none": "no plans",

  // What leaving would clear: "My safety plan (12 answers)".
  "workspace.answers": { one: "1 answer", other: "{count} answers" },
  "workspace.decided": { one: "1 thing decided", other: "{count} things decided" },
  "workspace.planWithAnswers": "{name} ({answers})",
  /** In place of the number of answers, for a plan that holds only a review date. */
  "workspace.reviewOnly": "a review date",

  "workspace.nav.label": "Your plans",
  "workspace.tooManyPlans":
    "Together that would be more than {max} plans, which is more than this site can keep at once. Nothing has changed.",
  "workspace.saveFailed.title": "Your latest changes could not be saved on this device.",
  "workspace.saveFailed.text":
    "They are still on screen. It will try again as you type; you could also save a copy as a file.",
} as const;
