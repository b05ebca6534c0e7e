import type { Bundle, Plan } from "../plans/schema";
import { WRITTEN_FIELDS } from "./fields";
import type { RecordField, ReviewSnapshot, WorkerRecord } from "./schema";

/**
 * What changed since the last review (issue 22, part 3). The worker's copy keeps a snapshot of
 * hashes taken when it was made: enough to say which answers changed, never what they said.
 */

/** FNV-1a, 32 bits, as 8 hex digits: not for secrecy, only to notice a change. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

const hashOf = (value: unknown) => shortHash(JSON.stringify(value));

export { WRITTEN_FIELDS };

function recordHashes(record: WorkerRecord | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of WRITTEN_FIELDS) {
    const v = record?.[k];
    if (v !== undefined && v !== "") out[k] = hashOf(v);
  }
  return out;
}

/** A snapshot of the bundle as it stands, dated `at`. */
export function takeSnapshot(bundle: Bundle, at: string): ReviewSnapshot {
  return {
    at,
    plans: bundle.plans.map((p) => ({
      id: p.id,
      kind: p.kind,
      ...(p.label ? { label: p.label } : {}),
      answers: Object.fromEntries(Object.entries(p.answers).map(([k, v]) => [k, hashOf(v)])),
    })),
    record: recordHashes(bundle.record),
  };
}

/** The worker's copy carries a snapshot of itself: the next review compares with it. */
export function stampReview(bundle: Bundle, at: string): Bundle {
  return { ...bundle, record: { ...bundle.record, reviewed: takeSnapshot(bundle, at) } };
}

export interface Changes {
  /** When the snapshot was taken. */
  since: string;
  added: Plan[];
  removed: ReviewSnapshot["plans"];
  /** Plans whose answers changed, with the ids of the fields that did. */
  changed: { plan: Plan; fields: string[] }[];
  record: RecordField[];
}

function differing(before: Record<string, string>, now: Record<string, string>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(now)]);
  return [...keys].filter((k) => before[k] !== now[k]);
}

/** What differs between the last review's snapshot and the bundle held now; null with no snapshot. */
export function changesSince(bundle: Bundle): Changes | null {
  const snap = bundle.record?.reviewed;
  if (!snap) return null;
  const before = new Map(snap.plans.map((p) => [p.id, p]));
  const nowIds = new Set(bundle.plans.map((p) => p.id));
  const changed: Changes["changed"] = [];
  const added: Plan[] = [];
  for (const plan of bundle.plans) {
    const old = before.get(plan.id);
    if (!old) {
      added.push(plan);
      continue;
    }
    const now = Object.fromEntries(Object.entries(plan.answers).map(([k, v]) => [k, hashOf(v)]));
    const fields = differing(old.answers, now);
    if (fields.length > 0) changed.push({ plan, fields });
  }
  return {
    since: snap.at,
    added,
    removed: snap.plans.filter((p) => !nowIds.has(p.id)),
    changed,
    record: differing(snap.record, recordHashes(bundle.record)) as RecordField[],
  };
}

/** The sections (by id) that hold any of these fields, in the template's order. */
export function sectionsOf(
  template: { sections: readonly { id: string; fields: readonly { id: string }[] }[] },
  fields: readonly string[],
): string[] {
  const wanted = new Set(fields);
  return template.sections.filter((s) => s.fields.some((f) => wanted.has(f.id))).map((s) => s.id);
}

export const nothingChanged = (c: Changes): boolean =>
  c.added.length === 0 && c.removed.length === 0 && c.changed.length === 0 && c.record.length === 0;
