import { describeIssues } from "../validation/friendly";
import { migrateBundle } from "./migrations";
import { type Bundle, BundleSchema } from "./schema";

export type BundleError = { code: "newer-version" | "not-a-bundle" | "invalid"; problems: string[] };
export type BundleResult = { ok: true; bundle: Bundle } | { ok: false; error: BundleError };

/**
 * Turns anything (a decrypted file, a stored record) into a valid, current bundle, or says
 * why not. Never throws.
 */
export function parseBundle(input: unknown): BundleResult {
  const migrated = migrateBundle(input);
  if (!migrated.ok) return { ok: false, error: { code: migrated.code, problems: [] } };
  const result = BundleSchema.safeParse(migrated.data);
  if (!result.success) return { ok: false, error: { code: "invalid", problems: describeIssues(result.error.issues) } };
  return { ok: true, bundle: result.data };
}
