import { describeIssues } from "../validation/friendly";
import { RECORD_FIELDS, RecordChildSchema, type RecordField, RecordSchema, type WorkerRecord } from "./schema";

export interface RecordResult {
  record: WorkerRecord;
  /** What was damaged and left out, in sentences naming the field (empty when all was well). */
  dropped: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A record from a file, repaired entry by entry: a damaged field (or one child's entry) is left
 * out and the rest kept, so one bad byte never costs the worker the whole record. Never throws.
 */
export function parseRecord(input: unknown): RecordResult {
  const whole = RecordSchema.safeParse(input);
  if (whole.success) return { record: whole.data, dropped: [] };
  if (!isObject(input)) return { record: {}, dropped: describeIssues(whole.error.issues) };
  const record: Record<string, unknown> = {};
  const dropped: string[] = [];
  for (const [name, value] of Object.entries(input)) {
    if (!Object.hasOwn(RECORD_FIELDS, name)) {
      dropped.push(`record.${name} is not part of the record`);
      continue;
    }
    if (name === "children" && Array.isArray(value)) {
      const kept = value.slice(0, 100).filter((child, i) => {
        const one = RecordChildSchema.safeParse(child);
        if (!one.success)
          dropped.push(
            ...describeIssues(one.error.issues.map((s) => ({ ...s, path: ["record", "children", i, ...s.path] }))),
          );
        return one.success;
      });
      const list = RECORD_FIELDS.children.safeParse(kept);
      if (list.success) record.children = list.data;
      else
        dropped.push(
          ...describeIssues(list.error.issues.map((s) => ({ ...s, path: ["record", "children", ...s.path] }))),
        );
      continue;
    }
    const one = RECORD_FIELDS[name as RecordField].safeParse(value);
    if (one.success) record[name] = one.data;
    else dropped.push(...describeIssues(one.error.issues.map((s) => ({ ...s, path: ["record", name, ...s.path] }))));
  }
  return { record: record as WorkerRecord, dropped };
}
