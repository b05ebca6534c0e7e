/**
 * "What applies to me": short pick-any questions about a person's situation, from the
 * considerations the UK guidance names (002 Appendix A; 004 "Developing a safety plan"; the
 * facts in tailoring-notes). Each option is a situation the strategy rules read.
 *
 * Every question is optional and every answer can be changed. "I'd rather not say" is always
 * offered: choosing it clears the question's options and records only that the question was
 * passed over, so the plan does not ask again. The answers live in the adult plan (field
 * `situation`), so a saved plan keeps them locked; they print only when the person asks.
 *
 * Words: tailoring.situation.<question>.title | hint, tailoring.situation.<option>.label.
 */
export const SITUATION_QUESTIONS = [
  { id: "who", options: ["abuser-partner", "abuser-ex", "abuser-family"] },
  { id: "where-now", options: ["staying", "thinking-leaving", "left"] },
  { id: "children", options: ["child-under-5", "child-5-11", "child-12-17", "child-contact"] },
  { id: "pregnancy", options: ["pregnant", "baby-under-one"] },
  { id: "pets", options: ["pets"] },
  { id: "money", options: ["money-controlled", "joint-money", "no-own-money"] },
  { id: "home", options: ["home-joint", "home-theirs", "home-mine"] },
  { id: "immigration", options: ["partner-visa", "nrpf", "status-unsure", "need-interpreter"] },
  { id: "health", options: ["disability", "health-medicines", "abuser-carer", "i-care-for"] },
  { id: "technology", options: ["tech-monitoring", "stalking"] },
  { id: "honour", options: ["honour", "forced-marriage"] },
  { id: "about-me", options: ["lgbt", "man", "older"] },
  { id: "getting-help", options: ["no-transport", "far-from-help"] },
] as const;

export type SituationQuestion = (typeof SITUATION_QUESTIONS)[number];
export type QuestionId = SituationQuestion["id"];
export type SituationId = SituationQuestion["options"][number];

export const SITUATIONS: readonly SituationId[] = SITUATION_QUESTIONS.flatMap((q) => q.options);
export const QUESTION_IDS: readonly QuestionId[] = SITUATION_QUESTIONS.map((q) => q.id);

export function isSituation(value: string): value is SituationId {
  return (SITUATIONS as readonly string[]).includes(value);
}

/** The question an option belongs to. */
export function questionOf(option: SituationId): QuestionId {
  const found = SITUATION_QUESTIONS.find((q) => (q.options as readonly string[]).includes(option));
  if (!found) throw new Error(`no question has the option ${option}`);
  return found.id;
}

/**
 * What the person said, as the plan keeps it: the options they picked, and the questions they
 * chose not to answer. Unknown ids (from a newer version, or a damaged file) are dropped.
 */
export interface SituationAnswer {
  readonly picked: readonly SituationId[];
  readonly declined: readonly QuestionId[];
}

export const NO_SITUATION: SituationAnswer = { picked: [], declined: [] };

/** Ticks or unticks one option; ticking an option takes back "rather not say" for its question. */
export function toggleOption(answer: SituationAnswer, option: SituationId, on: boolean): SituationAnswer {
  const rest = answer.picked.filter((id) => id !== option);
  const question = questionOf(option);
  return {
    picked: on ? [...rest, option] : rest,
    declined: on ? answer.declined.filter((q) => q !== question) : answer.declined,
  };
}

/** "I'd rather not say": forgets the question's options, so nothing of it is kept. */
export function declineQuestion(answer: SituationAnswer, question: QuestionId, on: boolean): SituationAnswer {
  const options = SITUATION_QUESTIONS.find((q) => q.id === question)?.options ?? [];
  const declined = answer.declined.filter((q) => q !== question);
  return {
    picked: on ? answer.picked.filter((id) => !(options as readonly string[]).includes(id)) : answer.picked,
    declined: on ? [...declined, question] : declined,
  };
}

/** Reads a kept answer leniently: known ids only, each once, in the order given. */
export function readSituation(value: unknown): SituationAnswer {
  if (typeof value !== "object" || value === null) return NO_SITUATION;
  const v = value as { picked?: unknown; declined?: unknown };
  const ids = (list: unknown) => (Array.isArray(list) ? list.filter((x): x is string => typeof x === "string") : []);
  const picked = [...new Set(ids(v.picked))].filter(isSituation);
  const declined = [...new Set(ids(v.declined))].filter((q): q is QuestionId =>
    (QUESTION_IDS as readonly string[]).includes(q),
  );
  return { picked, declined };
}
