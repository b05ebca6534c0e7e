/**
 * Length limits for everything a person can type. Generous for real use, small enough that a
 * hostile file cannot make the page slow or the storage huge.
 */
export const LIMITS = {
  shortText: 300,
  longText: 4000,
  name: 80,
  phone: 40,
  note: 400,
  listItems: 20,
  checklistCustomItems: 50,
  /** Template items a checklist answer can mark (a template has at most 60 per checklist). */
  checklistItems: 60,
  fieldsPerPlan: 200,
  plansPerBundle: 30,
  label: 20,
  /** A person's own label for a number on a discreet printout. */
  numberLabel: 40,
  reviews: 100,
  /** Options of "what applies to me", and questions passed over (the library has under 60). */
  situations: 60,
  priorities: 10,
  /** Strategies kept or dropped from the library (it has under 100). */
  strategies: 120,
  /** Strategies of the person's own. */
  ownStrategies: 30,
  /** A "Me" drawing as a PNG data URL. */
  drawingChars: 400_000,
} as const;
