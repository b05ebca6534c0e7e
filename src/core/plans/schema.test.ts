import { describe, expect, it } from "vitest";
import { filledPlanOf, householdBundle, LEGACY_V0_BUNDLE } from "./fixtures";
import { LIMITS } from "./limits";
import { migrateBundle } from "./migrations";
import { parseBundle } from "./parse";
import { BundleSchema, PlanSchema, SCHEMA_VERSION } from "./schema";
import { PLAN_KINDS } from "./template";

describe("plan schema", () => {
  it.each(PLAN_KINDS)("a filled %s plan parses", (kind) => {
    const plan = filledPlanOf(kind);
    const result = PlanSchema.safeParse(plan);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it("fixtures round-trip through JSON unchanged", () => {
    const bundle = householdBundle();
    const again = parseBundle(JSON.parse(JSON.stringify(bundle)));
    expect(again).toEqual({ ok: true, bundle });
  });

  it("rejects over-long input with a message naming the field", () => {
    const plan = filledPlanOf("adult");
    plan.answers.worries = "x".repeat(LIMITS.longText + 1);
    const result = parseBundle({ schemaVersion: SCHEMA_VERSION, plans: [plan] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid");
    expect(result.error.problems).toContain(`plans[0].answers.worries: must be at most ${LIMITS.longText} characters.`);
  });

  it("rejects too many people in a list and too many plans", () => {
    const plan = filledPlanOf("adult");
    plan.answers["my-numbers"] = Array.from({ length: LIMITS.listItems + 1 }, () => ({
      name: "a",
      phone: "1",
      role: "",
    }));
    expect(PlanSchema.safeParse(plan).success).toBe(false);
    const many = {
      schemaVersion: SCHEMA_VERSION,
      plans: Array.from({ length: LIMITS.plansPerBundle + 1 }, () => filledPlanOf("child")),
    };
    const result = parseBundle(many);
    expect(result.ok || result.error.problems).toEqual([`plans: must be at most ${LIMITS.plansPerBundle} items.`]);
  });

  it("rejects unknown keys and prototype tricks", () => {
    const plan = { ...filledPlanOf("checklist"), extra: 1 };
    expect(PlanSchema.safeParse(plan).success).toBe(false);
    const hostile = JSON.parse(`{"schemaVersion":1,"plans":[],"__proto__":{"polluted":true}}`);
    const result = BundleSchema.safeParse(hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.success) expect(Object.keys(result.data)).toEqual(["schemaVersion", "plans"]);
  });

  it("rejects a drawing that is not a PNG data URL", () => {
    const plan = filledPlanOf("child");
    plan.answers["me-drawing"] = { png: "javascript:alert(1)", width: 10, height: 10 };
    expect(PlanSchema.safeParse(plan).success).toBe(false);
  });
});

describe("migrations", () => {
  it("upgrades the prototype format (version 0) to the current version", () => {
    const result = parseBundle(structuredClone(LEGACY_V0_BUNDLE));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [plan] = result.bundle.plans;
    expect(plan).toEqual({
      schemaVersion: SCHEMA_VERSION,
      id: "legacy-plan-1",
      kind: "adult",
      answers: { worries: "Written in the prototype", "code-word": "bluebird" },
      createdAt: "2025-06-01T00:00:00.000Z",
      updatedAt: "2025-06-02T00:00:00.000Z",
    });
  });

  it("leaves the current version alone", () => {
    const bundle = householdBundle();
    expect(migrateBundle(bundle)).toEqual({ ok: true, data: bundle });
  });

  it("refuses a newer version with its own code", () => {
    expect(migrateBundle({ schemaVersion: SCHEMA_VERSION + 1, plans: [] })).toEqual({
      ok: false,
      code: "newer-version",
    });
    expect(parseBundle({ schemaVersion: 99, plans: [] })).toEqual({
      ok: false,
      error: { code: "newer-version", problems: [] },
    });
  });

  it("refuses things that are not bundles", () => {
    for (const input of [null, 3, "text", [], { schemaVersion: "1" }, { schemaVersion: -1 }]) {
      expect(migrateBundle(input)).toEqual({ ok: false, code: "not-a-bundle" });
    }
  });
});
