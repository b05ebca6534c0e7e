import { SCHEMA_VERSION } from "./constants";

/**
 * Upgrades stored or exported data from any older schema version, one step at a time, before
 * it is validated. Each step takes the previous version's shape and returns the next one's.
 * Never edit a published step: add a new one and raise SCHEMA_VERSION.
 */
type Json = Record<string, unknown>;
type Step = (data: Json) => Json;

/**
 * Version 0 is the first prototype's format, which had no schemaVersion: a bundle was
 * { plans: [{ id, type, fields, created, updated }] } with epoch-millisecond times.
 */
function v0PlanToV1(plan: unknown): unknown {
  if (!isObject(plan)) return plan;
  const { type, fields, created, updated, ...rest } = plan;
  return {
    ...rest,
    schemaVersion: 1,
    kind: type,
    answers: fields ?? {},
    createdAt: toIso(created),
    updatedAt: toIso(updated ?? created),
  };
}

/**
 * Version 2 added the worker's own record (src/core/record/), which a bundle may carry beside
 * its plans. A version-1 bundle has none: it opens unchanged, with an empty record. Only the
 * version numbers move (an older app refuses a version-2 file as newer, rather than choking on
 * a record it does not know).
 */
const withVersion = (version: number) => (plan: unknown) =>
  isObject(plan) ? { ...plan, schemaVersion: version } : plan;

export const STEPS: Record<number, Step> = {
  0: (bundle) => ({
    schemaVersion: 1,
    plans: Array.isArray(bundle.plans) ? bundle.plans.map(v0PlanToV1) : bundle.plans,
  }),
  1: (bundle) => ({
    ...bundle,
    schemaVersion: 2,
    plans: Array.isArray(bundle.plans) ? bundle.plans.map(withVersion(2)) : bundle.plans,
  }),
};

export type MigrationResult =
  | { ok: true; data: unknown }
  | { ok: false; code: "newer-version" | "not-a-bundle" | "invalid" };

/** Schema versions above this are not a newer app's: no app will ever count that high. */
export const MAX_PLAUSIBLE_VERSION = 1000;

/** The version a value says it has; the prototype format (no field) counts as 0. */
export function versionOf(data: Json): number | null {
  if (!("schemaVersion" in data)) return 0;
  const v = data.schemaVersion;
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= MAX_PLAUSIBLE_VERSION ? v : null;
}

/**
 * Brings any value up to the current schema version, or says why not. Never throws: a step that
 * fails on a value it did not expect (whatever a hostile or broken file holds) gives "invalid".
 */
export function migrateBundle(input: unknown): MigrationResult {
  try {
    if (!isObject(input)) return { ok: false, code: "not-a-bundle" };
    let version = versionOf(input);
    if (version === null) return { ok: false, code: "not-a-bundle" };
    if (version > SCHEMA_VERSION) return { ok: false, code: "newer-version" };
    let data: Json = input;
    while (version < SCHEMA_VERSION) {
      const step = STEPS[version];
      if (!step) return { ok: false, code: "not-a-bundle" };
      data = step(data);
      version += 1;
    }
    return { ok: true, data };
  } catch {
    return { ok: false, code: "invalid" };
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** 0000-01-01T00:00:00.000Z and 9999-12-31T23:59:59.999Z: the times ISO 8601 writes with 4-digit years. */
const EARLIEST_MS = -62_167_219_200_000;
const LATEST_MS = 253_402_300_799_999;

/**
 * Epoch milliseconds → ISO text. Anything else, or a time outside years 0000–9999 (which
 * `toISOString` cannot write, or writes as "+275760-…"), is left as it is for the schema to refuse.
 */
function toIso(value: unknown): unknown {
  return typeof value === "number" && value >= EARLIEST_MS && value <= LATEST_MS
    ? new Date(value).toISOString()
    : value;
}
