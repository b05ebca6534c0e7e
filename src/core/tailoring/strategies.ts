import type { PriorityId } from "./priorities";
import type { SituationId } from "./situations";

/**
 * The library of strategies, as data: which situations each one fits and which priorities it
 * serves. The rules (recommend.ts) read only this; the words are in the catalogue under
 * tailoring.strategy.<id>.title | what | why | how (short steps) | printLabel (neutral words for
 * a discreet printout). Written for the UK from the proformas in 004, Appendix A of 002 and the
 * facts in tailoring-notes (checked against public sources where a fact matters, for example
 * the Migrant Victims of Domestic Abuse Concession and pet fostering schemes).
 *
 * A strategy that is `core` may be suggested because of a priority alone; any other is
 * suggested only for a situation the person picked, so nobody is shown a module that does not
 * apply to them.
 */
export const CATEGORIES = [
  "first-hours",
  "home",
  "leaving",
  "after-leaving",
  "money",
  "children",
  "pets",
  "immigration",
  "health-care",
  "technology",
  "honour",
  "support",
  "legal",
  "wellbeing",
  "getting-help",
] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/**
 * A service a strategy points to: one of the verified national numbers
 * (src/core/config/verified-numbers.json), or "helpline", the main helpline of the site's nation.
 */
export type StrategyService =
  | "emergency"
  | "helpline"
  | "childline"
  | "nspcc"
  | "karma-nirvana"
  | "galop"
  | "mens-advice-line";

export interface Strategy {
  readonly id: string;
  readonly category: CategoryId;
  /** Situations it fits: picking any of them suggests it. */
  readonly for: readonly SituationId[];
  /** Priorities it serves: they order the suggestions, and suggest a core strategy alone. */
  readonly serves: readonly PriorityId[];
  readonly core?: boolean;
  readonly service?: StrategyService;
}

export const STRATEGIES: readonly Strategy[] = [
  // The first hours: what to do in an emergency, for everyone.
  {
    id: "phone-999",
    category: "first-hours",
    for: ["staying", "stalking"],
    serves: ["own-safety", "children"],
    core: true,
    service: "emergency",
  },
  {
    id: "silent-call",
    category: "first-hours",
    for: ["staying", "tech-monitoring"],
    serves: ["own-safety"],
    core: true,
    service: "emergency",
  },
  {
    id: "code-word",
    category: "first-hours",
    for: ["staying", "far-from-help"],
    serves: ["own-safety", "children"],
    core: true,
  },
  {
    id: "ready-bag",
    category: "first-hours",
    for: ["thinking-leaving", "staying", "health-medicines"],
    serves: ["own-safety"],
    core: true,
  },
  { id: "after-an-attack", category: "first-hours", for: ["staying", "pregnant"], serves: ["own-safety"] },
  {
    id: "talk-to-helpline",
    category: "first-hours",
    for: ["thinking-leaving", "left", "need-interpreter", "lgbt"],
    serves: ["own-safety", "partner-feelings", "privacy"],
    core: true,
    service: "helpline",
  },

  // Staying safer at home.
  { id: "warning-signs", category: "home", for: ["staying", "abuser-family"], serves: ["own-safety"], core: true },
  { id: "safer-rooms", category: "home", for: ["staying", "disability"], serves: ["own-safety", "children"] },
  {
    id: "neighbour-signal",
    category: "home",
    for: ["staying", "far-from-help", "older"],
    serves: ["own-safety", "children"],
  },
  { id: "phone-charged", category: "home", for: ["staying", "far-from-help"], serves: ["own-safety"] },
  { id: "ways-out", category: "home", for: ["staying", "disability"], serves: ["own-safety", "children"] },
  {
    id: "home-security",
    category: "home",
    for: ["left", "home-mine", "stalking"],
    serves: ["own-safety", "money-home"],
  },

  // Leaving.
  { id: "leave-at-safer-time", category: "leaving", for: ["thinking-leaving"], serves: ["own-safety", "children"] },
  {
    id: "copy-documents",
    category: "leaving",
    for: ["thinking-leaving", "partner-visa", "status-unsure"],
    serves: ["own-safety", "money-home"],
  },
  {
    id: "ask-about-refuge",
    category: "leaving",
    for: ["thinking-leaving", "no-own-money", "home-theirs"],
    serves: ["own-safety", "children", "money-home"],
    service: "helpline",
  },
  {
    id: "take-children",
    category: "leaving",
    for: ["child-under-5", "child-5-11", "child-12-17"],
    serves: ["children"],
  },
  {
    id: "plan-the-journey",
    category: "leaving",
    for: ["thinking-leaving", "no-transport", "far-from-help"],
    serves: ["own-safety"],
  },
  {
    id: "collect-belongings",
    category: "leaving",
    // Not for "pets": its words are about going back for things, and a reason must fit them.
    for: ["thinking-leaving", "left"],
    serves: ["own-safety", "money-home"],
  },
  {
    id: "housing-options",
    category: "leaving",
    for: ["home-joint", "home-theirs", "home-mine", "thinking-leaving"],
    serves: ["money-home", "children"],
  },

  // After leaving: risk rises at the point of separation and just after.
  { id: "change-routines", category: "after-leaving", for: ["left", "stalking"], serves: ["own-safety", "privacy"] },
  {
    id: "tell-work-and-school",
    category: "after-leaving",
    for: ["left", "child-5-11", "child-12-17", "child-under-5"],
    serves: ["own-safety", "children"],
  },
  {
    id: "keep-a-record",
    category: "after-leaving",
    for: ["left", "stalking", "tech-monitoring", "child-contact", "man"],
    serves: ["own-safety", "children"],
  },
  {
    id: "keep-address-private",
    category: "after-leaving",
    for: ["left", "stalking", "abuser-ex"],
    serves: ["privacy", "own-safety"],
  },
  {
    id: "people-who-understand",
    category: "after-leaving",
    for: ["left", "abuser-ex"],
    serves: ["partner-feelings", "own-words"],
  },
  {
    id: "risk-after-leaving",
    category: "after-leaving",
    for: ["left", "thinking-leaving", "abuser-ex"],
    serves: ["own-safety"],
  },

  // Money and economic abuse.
  {
    id: "own-account",
    category: "money",
    for: ["money-controlled", "joint-money", "no-own-money"],
    serves: ["money-home", "privacy"],
  },
  {
    id: "put-money-aside",
    category: "money",
    for: ["no-own-money", "thinking-leaving", "money-controlled"],
    serves: ["money-home", "own-safety"],
  },
  { id: "joint-debts", category: "money", for: ["joint-money", "home-joint"], serves: ["money-home"] },
  {
    id: "benefits-check",
    category: "money",
    for: ["money-controlled", "no-own-money", "left", "child-under-5"],
    serves: ["money-home", "children"],
  },
  {
    id: "economic-abuse-is-abuse",
    category: "money",
    for: ["money-controlled", "no-own-money"],
    serves: ["money-home", "partner-feelings"],
  },
  {
    id: "tell-the-bank",
    category: "money",
    for: ["money-controlled", "joint-money"],
    serves: ["money-home", "privacy"],
  },

  // Children and child contact.
  { id: "children-safe-place", category: "children", for: ["child-5-11", "child-12-17"], serves: ["children"] },
  {
    id: "children-phone-999",
    category: "children",
    for: ["child-5-11", "child-12-17"],
    serves: ["children"],
    service: "emergency",
  },
  {
    id: "tell-nursery-or-school",
    category: "children",
    for: ["child-under-5", "child-5-11", "child-12-17"],
    serves: ["children"],
  },
  { id: "safer-handovers", category: "children", for: ["child-contact"], serves: ["children", "own-safety"] },
  {
    id: "baby-things-ready",
    category: "children",
    for: ["child-under-5", "baby-under-one", "pregnant"],
    serves: ["children"],
  },
  {
    id: "children-can-talk",
    category: "children",
    for: ["child-5-11", "child-12-17"],
    serves: ["children", "partner-feelings"],
    service: "childline",
  },
  { id: "plan-with-teenager", category: "children", for: ["child-12-17"], serves: ["children"] },
  {
    id: "worried-about-a-child",
    category: "children",
    for: ["child-contact", "child-under-5"],
    serves: ["children"],
    service: "nspcc",
  },

  // Pets.
  { id: "pet-fostering", category: "pets", for: ["pets"], serves: ["own-safety", "own-words"] },
  { id: "pet-papers", category: "pets", for: ["pets"], serves: ["money-home"] },
  { id: "pets-and-refuges", category: "pets", for: ["pets"], serves: ["own-safety"] },
  { id: "pet-in-ready-bag", category: "pets", for: ["pets"], serves: ["own-safety"] },

  // Immigration and no recourse to public funds.
  {
    id: "abuse-concession",
    category: "immigration",
    for: ["partner-visa", "nrpf"],
    serves: ["money-home", "own-safety"],
  },
  {
    id: "right-to-stay",
    category: "immigration",
    for: ["partner-visa", "status-unsure"],
    serves: ["own-safety", "children"],
  },
  {
    id: "regulated-advice",
    category: "immigration",
    for: ["partner-visa", "nrpf", "status-unsure"],
    serves: ["own-safety", "money-home"],
  },
  {
    id: "visa-copies",
    category: "immigration",
    for: ["partner-visa", "status-unsure", "forced-marriage"],
    serves: ["own-safety"],
  },
  { id: "ask-for-interpreter", category: "immigration", for: ["need-interpreter"], serves: ["own-safety", "privacy"] },
  {
    id: "help-without-public-funds",
    category: "immigration",
    for: ["nrpf", "status-unsure"],
    serves: ["money-home", "children"],
  },

  // Health, disability and care.
  {
    id: "medicines-ready",
    category: "health-care",
    for: ["health-medicines", "disability", "pregnant", "abuser-carer"],
    serves: ["own-safety"],
  },
  {
    id: "carer-who-hurts",
    category: "health-care",
    for: ["abuser-carer", "older"],
    serves: ["own-safety", "own-words"],
  },
  {
    id: "way-out-that-works",
    category: "health-care",
    for: ["disability", "older", "abuser-carer"],
    serves: ["own-safety"],
  },
  {
    id: "tell-gp-or-health-visitor",
    category: "health-care",
    for: ["health-medicines", "baby-under-one", "disability", "older", "need-interpreter", "abuser-carer"],
    serves: ["own-safety", "children"],
  },
  {
    id: "tell-midwife",
    category: "health-care",
    for: ["pregnant", "baby-under-one"],
    serves: ["own-safety", "children"],
  },
  { id: "someone-you-care-for", category: "health-care", for: ["i-care-for"], serves: ["own-words", "own-safety"] },

  // Technology and stalking.
  {
    id: "check-location-sharing",
    category: "technology",
    for: ["tech-monitoring", "stalking"],
    serves: ["privacy", "own-safety"],
  },
  {
    id: "passwords-from-safe-device",
    category: "technology",
    for: ["tech-monitoring", "money-controlled"],
    serves: ["privacy"],
  },
  { id: "private-window", category: "technology", for: ["tech-monitoring"], serves: ["privacy"], core: true },
  { id: "stalking-diary", category: "technology", for: ["stalking"], serves: ["own-safety"] },
  {
    id: "look-for-trackers",
    category: "technology",
    for: ["stalking", "tech-monitoring"],
    serves: ["privacy", "own-safety"],
  },
  {
    id: "children-devices",
    category: "technology",
    for: ["tech-monitoring", "child-contact", "child-12-17"],
    serves: ["children", "privacy"],
  },

  // 'Honour'-based abuse and forced marriage.
  {
    id: "honour-specialist",
    category: "honour",
    for: ["honour", "forced-marriage"],
    serves: ["own-safety", "privacy"],
    service: "karma-nirvana",
  },
  { id: "forced-marriage-help", category: "honour", for: ["forced-marriage"], serves: ["own-safety"] },
  { id: "travel-abroad", category: "honour", for: ["forced-marriage", "honour"], serves: ["own-safety"] },
  {
    id: "trusted-outside-family",
    category: "honour",
    for: ["honour", "abuser-family", "forced-marriage"],
    serves: ["own-safety", "privacy"],
  },

  // People and services that support you.
  {
    id: "tell-someone-you-trust",
    category: "support",
    for: ["staying", "far-from-help", "older", "i-care-for", "man"],
    serves: ["own-safety", "partner-feelings", "own-words"],
    core: true,
  },
  {
    id: "ask-about-idva",
    category: "support",
    for: ["left", "thinking-leaving", "stalking"],
    serves: ["own-safety"],
    service: "helpline",
  },
  { id: "lgbt-service", category: "support", for: ["lgbt"], serves: ["own-safety", "privacy"], service: "galop" },
  {
    id: "service-for-men",
    category: "support",
    for: ["man"],
    serves: ["own-safety", "privacy"],
    service: "mens-advice-line",
  },
  { id: "older-people", category: "support", for: ["older", "abuser-family"], serves: ["own-safety"] },
  {
    id: "family-abuse-counts",
    category: "support",
    for: ["abuser-family", "honour", "lgbt"],
    serves: ["own-safety", "partner-feelings"],
  },

  // The law.
  { id: "right-to-ask", category: "legal", for: ["abuser-partner"], serves: ["own-safety", "children"] },
  {
    id: "protective-orders",
    category: "legal",
    for: ["left", "stalking", "home-joint", "home-mine", "home-theirs", "forced-marriage"],
    serves: ["own-safety", "money-home"],
  },
  {
    id: "legal-aid",
    category: "legal",
    for: ["left", "child-contact", "no-own-money"],
    serves: ["money-home", "children"],
  },

  // Feelings and looking after yourself.
  {
    id: "not-your-fault",
    category: "wellbeing",
    for: ["abuser-partner", "abuser-family", "man"],
    serves: ["partner-feelings", "own-words"],
    core: true,
  },
  {
    id: "mixed-feelings",
    category: "wellbeing",
    for: ["abuser-partner", "staying"],
    serves: ["partner-feelings"],
    core: true,
  },
  {
    id: "look-after-yourself",
    category: "wellbeing",
    for: ["left", "health-medicines", "i-care-for"],
    serves: ["own-words", "partner-feelings"],
    core: true,
  },

  // Getting help when help is far away.
  { id: "signal-and-power", category: "getting-help", for: ["far-from-help", "no-transport"], serves: ["own-safety"] },
  {
    id: "lift-arranged",
    category: "getting-help",
    for: ["no-transport", "far-from-help", "older"],
    serves: ["own-safety", "children"],
  },
];

export const STRATEGY_IDS: readonly string[] = STRATEGIES.map((s) => s.id);

export function strategyById(id: string): Strategy | undefined {
  return STRATEGIES.find((s) => s.id === id);
}
