import { parseRecord } from "../record/parse";
import { describeIssues, type IssueLike } from "../validation/friendly";
import { cleanLabel } from "./label";
import { migrateBundle } from "./migrations";
import { type Bundle, BundleOutlineSchema, BundleSchema, PlanSchema } from "./schema";

export type BundleError = { code: "newer-version" | "not-a-bundle" | "invalid"; problems: string[] };
export type BundleResult = { ok: true; bundle: Bundle } | { ok: false; error: BundleError };

const failed = (code: BundleError["code"], issues: readonly IssueLike[] = []): BundleResult => ({
  ok: false,
  error: { code, problems: describeIssues(issues) },
});

/** A file's labels without control or invisible characters (label.ts); an empty one is dropped. */
function withCleanLabels(bundle: Bundle): Bundle {
  const plans = bundle.plans.map((plan) => {
    if (plan.label === undefined) return plan;
    const { label, ...rest } = plan;
    const clean = cleanLabel(label);
    return clean ? { ...rest, label: clean } : rest;
  });
  return { ...bundle, plans };
}

/**
 * Turns anything (a decrypted file, a stored record) into a valid, current bundle, or says
 * why not. Never throws: anything unexpected is "invalid" ("does not look right").
 *
 * The work a hostile file can cause is bounded: the outside of the bundle is checked first (how
 * many plans), then the plans one at a time, stopping at the first that fails, and each plan's
 * lists and answers are counted before their contents are read. The whole bundle is checked last
 * (which also refuses two plans with one id).
 */
export function parseBundle(input: unknown): BundleResult {
  try {
    const migrated = migrateBundle(input);
    if (!migrated.ok) return failed(migrated.code);
    const outline = BundleOutlineSchema.safeParse(migrated.data);
    if (!outline.success) return failed("invalid", outline.error.issues);
    for (const [i, plan] of outline.data.plans.entries()) {
      const one = PlanSchema.safeParse(plan);
      if (!one.success) {
        return failed(
          "invalid",
          one.error.issues.map((issue) => ({ ...issue, path: ["plans", i, ...issue.path] })),
        );
      }
    }
    // The worker's record is repaired entry by entry: a damaged field is left out, the rest kept.
    const data =
      outline.data.record === undefined
        ? outline.data
        : { ...outline.data, record: parseRecord(outline.data.record).record };
    const result = BundleSchema.safeParse(data);
    if (!result.success) return failed("invalid", result.error.issues);
    return { ok: true, bundle: withCleanLabels(result.data) };
  } catch {
    return failed("invalid");
  }
}
