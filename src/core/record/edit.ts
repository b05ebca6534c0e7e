import type { Bundle, Plan } from "../plans/schema";
import type { RecordChild, WorkerRecord } from "./schema";

// No zod here: the session's record panel uses these as the worker types.

type Field = Exclude<keyof WorkerRecord, "children" | "reviewed">;

/** The record with one field set; an empty value takes the field away. */
export function withField<K extends Field>(record: WorkerRecord, key: K, value: WorkerRecord[K] | ""): WorkerRecord {
  const next: Record<string, unknown> = { ...record };
  if (value === "" || value === undefined) delete next[key];
  else next[key] = value;
  return next as WorkerRecord;
}

/** The record with one child's entry changed; an entry left with nothing in it goes. */
export function withChild(record: WorkerRecord, plan: string, patch: Partial<Omit<RecordChild, "plan">>): WorkerRecord {
  const old = record.children?.find((c) => c.plan === plan) ?? { plan };
  const entry: Record<string, unknown> = { ...old, ...patch };
  for (const [k, v] of Object.entries(entry)) if (v === "" || v === undefined) delete entry[k];
  const others = (record.children ?? []).filter((c) => c.plan !== plan);
  const children = Object.keys(entry).length > 1 ? [...others, entry as RecordChild] : others;
  const { children: _old, ...rest } = record;
  return children.length > 0 ? { ...rest, children } : rest;
}

/** The household's children and young people, each with their entry in the record. */
export function childRows(bundle: Bundle): { plan: Plan; entry: RecordChild | undefined }[] {
  return bundle.plans
    .filter((p) => p.kind === "child" || p.kind === "young-person")
    .map((plan) => ({ plan, entry: bundle.record?.children?.find((c) => c.plan === plan.id) }));
}
