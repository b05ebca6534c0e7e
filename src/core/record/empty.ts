import type { WorkerRecord } from "./schema";

// No zod here: the workspace controller (on every plan page) uses these.

/** Whether the worker has written anything in the record (a review snapshot alone is not writing). */
export function isEmptyRecord(record: WorkerRecord | undefined): boolean {
  if (!record) return true;
  const blank = (k: string, v: unknown) =>
    k === "reviewed" ||
    v === "" ||
    v === false ||
    v === undefined ||
    (Array.isArray(v) && v.every((c) => Object.keys(c).length <= 1));
  return Object.entries(record).every(([k, v]) => blank(k, v));
}

/**
 * The record after a file is taken into a session: the file's, unless the session already has
 * one written (that one stays, and the file's is still in the file, so nothing is lost).
 */
export function recordAfterTakeIn(
  held: WorkerRecord | undefined,
  incoming: WorkerRecord | undefined,
): WorkerRecord | undefined {
  return isEmptyRecord(held) && incoming ? incoming : held;
}

/** What the worker wrote, as text to compare: the review snapshot is left out. */
export function recordWords(record: WorkerRecord | undefined): string {
  const { reviewed: _snapshot, ...words } = record ?? {};
  return JSON.stringify(words);
}
