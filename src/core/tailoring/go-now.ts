import type { ChecklistAnswer, Person, Place, Plan } from "../plans/schema";

/**
 * "If I need to go now": the few things to know and take, on one screen, readable in under two
 * minutes. Built from what the person already wrote in their adult plan and their list of
 * things to take; where they wrote nothing, the screen shows the short general list instead
 * (TAKE_DEFAULTS), never an empty box.
 */
export interface GoNow {
  /** Where they could go (adult plan: places to go). */
  readonly places: readonly Place[];
  /** Who they would call, and who knows the code word. */
  readonly people: readonly Person[];
  readonly codeWord: string;
  /** Their ways out of the house. */
  readonly waysOut: string;
  /** Where the children could go. */
  readonly childrenPlace: string;
  /** Items from their list that are packed or with someone, with where they are. */
  readonly take: readonly { readonly id: string; readonly label?: string; readonly note: string }[];
  /** True when the person has written nothing this screen can use. */
  readonly empty: boolean;
}

/** The general short list, shown when the person has not made their own: catalogue keys. */
export const TAKE_DEFAULTS = ["phone", "keys", "money", "medicines", "documents", "children"] as const;

const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
const list = <T>(v: unknown): T[] => (Array.isArray(v) ? (v as T[]) : []);

function named<T extends { name: string }>(entries: readonly T[]): T[] {
  return entries.filter((e) => typeof e?.name === "string" && e.name.trim() !== "");
}

function fromChecklist(answer: unknown): GoNow["take"] {
  if (typeof answer !== "object" || answer === null) return [];
  const c = answer as Partial<ChecklistAnswer>;
  const ready = (status: unknown) => status === "packed" || status === "with-someone";
  const items = Object.entries(c.items ?? {})
    .filter(([, e]) => ready(e?.status))
    .map(([id, e]) => ({ id, note: text(e?.note) }));
  const custom = list<{ id: string; label: string; status?: string; note?: string }>(c.custom)
    .filter((e) => ready(e.status))
    .map((e) => ({ id: e.id, label: e.label, note: text(e.note) }));
  return [...items, ...custom];
}

export function goNow(plans: readonly Plan[]): GoNow {
  const adult = plans.find((p) => p.kind === "adult")?.answers ?? {};
  const checklist = plans.find((p) => p.kind === "checklist")?.answers ?? {};
  const people = [
    ...named(list<Person>(adult["people-who-would-call"])),
    ...named(list<Person>(adult["code-word-people"])),
  ];
  // The same person may be in both lists: show them once.
  const seen = new Set<string>();
  const unique = people.filter((p) => {
    const key = `${p.name.trim().toLowerCase()}|${p.phone.replace(/\s/g, "")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const take = Object.values(checklist).flatMap(fromChecklist);
  const result = {
    places: named(list<Place>(adult["places-to-go"])),
    people: unique,
    codeWord: text(adult["code-word"]),
    waysOut: text(adult["escape-routes"]),
    childrenPlace: text(adult["children-place"]),
    take,
  };
  const empty =
    result.places.length === 0 &&
    result.people.length === 0 &&
    !result.codeWord &&
    !result.waysOut &&
    !result.childrenPlace &&
    take.length === 0;
  return { ...result, empty };
}
