import { describe, expect, it } from "vitest";
import { filledPlanOf, householdBundle, LEGACY_V0_BUNDLE } from "./fixtures";
import { LIMITS } from "./limits";
import { migrateBundle } from "./migrations";
import { parseBundle } from "./parse";
import { BundleSchema, type ChecklistAnswer, ChecklistAnswerSchema, PlanSchema, SCHEMA_VERSION } from "./schema";
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

describe("parseBundle never throws (hostile and broken input)", () => {
  it("an old-format file with a date of 1e300 ms is 'invalid', not an exception", () => {
    const input = JSON.parse('{"plans":[{"id":"legacy-plan-1","type":"adult","created":1e300}]}');
    expect(() => parseBundle(input)).not.toThrow();
    expect(parseBundle(input)).toMatchObject({ ok: false, error: { code: "invalid" } });
  });

  it("range-checks old-format times: years 0000 to 9999 only", () => {
    const at = (created: number) =>
      parseBundle({ plans: [{ id: "legacy-plan-1", type: "adult", fields: {}, created }] });
    const latest = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
    const latestResult = at(latest);
    expect(latestResult.ok && latestResult.bundle.plans[0]?.createdAt).toBe("9999-12-31T23:59:59.999Z");
    expect(at(0).ok).toBe(true);
    for (const created of [latest + 1, 8.64e15, 8.64e15 + 1, -8.64e15, 1e300, -1e300, Number.MAX_VALUE]) {
      expect(at(created), String(created)).toMatchObject({ ok: false, error: { code: "invalid" } });
    }
  });

  it("a value that throws when read is 'invalid'", () => {
    const trap = new Proxy(
      {},
      {
        get() {
          throw new RangeError("boom");
        },
        has() {
          throw new RangeError("boom");
        },
        ownKeys() {
          throw new RangeError("boom");
        },
      },
    );
    for (const input of [trap, { plans: [trap] }, { schemaVersion: 1, plans: [trap] }, { plans: trap }]) {
      expect(() => parseBundle(input)).not.toThrow();
      expect(parseBundle(input).ok).toBe(false);
    }
  });

  it("schema versions no app will reach are not a newer version", () => {
    for (const schemaVersion of [1e300, 1001, Number.MAX_SAFE_INTEGER]) {
      expect(migrateBundle({ schemaVersion, plans: [] })).toEqual({ ok: false, code: "not-a-bundle" });
    }
    expect(migrateBundle({ schemaVersion: 1000, plans: [] })).toEqual({ ok: false, code: "newer-version" });
  });

  it("review dates must be real dates", () => {
    for (const [reviewDate, ok] of [
      ["2024-02-29", true],
      ["2026-12-31", true],
      ["2026-02-29", false],
      ["2026-02-30", false],
      ["2026-13-01", false],
      ["2026-00-10", false],
      ["2026-99-99", false],
    ] as const) {
      const plan = { ...filledPlanOf("adult"), reviewDate, reviews: [reviewDate] };
      expect(parseBundle({ schemaVersion: SCHEMA_VERSION, plans: [plan] }).ok, reviewDate).toBe(ok);
    }
  });
});

describe("duplicate ids", () => {
  it("refuses two plans with the same id, naming the problem", () => {
    const a = filledPlanOf("adult", "same-id-1");
    const b = filledPlanOf("checklist", "same-id-1");
    expect(parseBundle({ schemaVersion: SCHEMA_VERSION, plans: [a, b] })).toEqual({
      ok: false,
      error: { code: "invalid", problems: ["plans: has two plans with the same id."] },
    });
    expect(BundleSchema.safeParse({ schemaVersion: SCHEMA_VERSION, plans: [a, b] }).success).toBe(false);
    const distinct = { schemaVersion: SCHEMA_VERSION, plans: [a, { ...b, id: "other-id-2" }] };
    expect(parseBundle(distinct).ok).toBe(true);
  });

  it("refuses two own checklist items with the same id", () => {
    const plan = filledPlanOf("checklist");
    const [fieldId, answer] = Object.entries(plan.answers)[0] as [string, ChecklistAnswer];
    const item = { id: "custom-1", label: "Bag", status: "packed" as const };
    plan.answers[fieldId] = { ...answer, custom: [item, { ...item, label: "Keys" }] };
    const result = parseBundle({ schemaVersion: SCHEMA_VERSION, plans: [plan] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.problems).toEqual([
      `plans[0].answers.${fieldId}.custom: has two items with the same id.`,
    ]);
  });
});

describe("validation work is bounded", () => {
  const time = "2026-01-15T10:00:00.000Z";
  const plan = (id: string, answers: Record<string, unknown>) =>
    ({ schemaVersion: 1, id, kind: "adult", createdAt: time, updatedAt: time, answers }) as const;

  it("20,000 answers are refused by counting, before any is read", () => {
    const answers = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`a-${i}`, 1]));
    expect(parseBundle({ schemaVersion: 1, plans: [plan("plan-big-xx", answers)] })).toEqual({
      ok: false,
      error: { code: "invalid", problems: [`plans[0].answers: must have at most ${LIMITS.fieldsPerPlan} answers.`] },
    });
  });

  it("a checklist answer with more items than any template has is refused the same way", () => {
    const items = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`i-${i}`, { status: 7 }]));
    const result = ChecklistAnswerSchema.safeParse({ items, custom: [], removed: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([`must have at most ${LIMITS.checklistItems} items`]);
  });

  it("stops at the first plan that fails: 30 plans of 200 impossible answers cost one plan's checks", () => {
    const bad = Object.fromEntries(Array.from({ length: LIMITS.fieldsPerPlan }, (_, i) => [`a-${i}`, {}]));
    const plans = Array.from({ length: LIMITS.plansPerBundle }, (_, i) => plan(`plan-${i}-xxxx`, bad));
    const result = parseBundle({ schemaVersion: 1, plans });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems.length).toBe(LIMITS.fieldsPerPlan);
    expect(result.error.problems.every((p) => p.startsWith("plans[0]."))).toBe(true);
  });
});
