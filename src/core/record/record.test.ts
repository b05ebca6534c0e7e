import { describe, expect, it } from "vitest";
import { householdBundle } from "../plans/fixtures";
import { parseBundle } from "../plans/parse";
import { SCHEMA_VERSION } from "../plans/schema";
import { isEmptyRecord } from "./empty";
import { recordWith } from "./fixtures";
import { parseRecord } from "./parse";
import { changesSince, nothingChanged, sectionsOf, shortHash, stampReview, takeSnapshot } from "./review";
import { RecordSchema } from "./schema";

const CANARY = "CANARY-7Q";

describe("the worker's record: its schema", () => {
  it("takes a full record, and an empty one", () => {
    expect(RecordSchema.safeParse(recordWith(CANARY, ["fixture-child-1"])).success).toBe(true);
    expect(RecordSchema.safeParse({}).success).toBe(true);
  });

  it("refuses a scale outside 1 to 4, an outcome it does not know, a date that is not one, a field it does not know", () => {
    for (const bad of [
      { children: [{ plan: "fixture-child-1", scale: 5 }] },
      { outcome: "very high" },
      { sessionDate: "2026-02-30" },
      { notes: "x" },
    ]) {
      expect(RecordSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("a damaged file loses only the damaged entries: the rest of the record is kept", () => {
    const { record, dropped } = parseRecord({
      agency: "Kept agency",
      outcome: "very high",
      sessionDate: 12,
      extra: true,
      children: [
        { plan: "fixture-child-1", scale: 2, school: "Kept school" },
        { plan: "fixture-child-2", scale: 9 },
      ],
    });
    expect(record).toEqual({
      agency: "Kept agency",
      children: [{ plan: "fixture-child-1", scale: 2, school: "Kept school" }],
    });
    expect(dropped.join(" ")).toMatch(/record\.outcome/);
    expect(dropped.join(" ")).toMatch(/record\.sessionDate/);
    expect(dropped.join(" ")).toMatch(/record\.children\[1\]\.scale/);
    expect(dropped.join(" ")).toMatch(/record\.extra/);
    expect(parseRecord("not a record")).toMatchObject({ record: {} });
  });

  it("a record with nothing written in it counts as empty", () => {
    expect(isEmptyRecord(undefined)).toBe(true);
    expect(isEmptyRecord({ agency: "", children: [{ plan: "fixture-child-1" }], referralCsc: false })).toBe(true);
    expect(isEmptyRecord({ agency: "A" })).toBe(false);
    expect(isEmptyRecord({ children: [{ plan: "fixture-child-1", scale: 1 }] })).toBe(false);
  });
});

describe("the record in the household file", () => {
  it("version 2 carries the record, and a file of version 1 opens unchanged with an empty record", () => {
    expect(SCHEMA_VERSION).toBe(2);
    const now = householdBundle();
    const v1 = { schemaVersion: 1, plans: now.plans.map((p) => ({ ...p, schemaVersion: 1 })) };
    const opened = parseBundle(v1);
    expect(opened).toEqual({ ok: true, bundle: now });
    if (opened.ok) expect(opened.bundle.record).toBeUndefined();
  });

  it("a file's record comes back whole, and a damaged entry is left out without losing the plans", () => {
    const record = recordWith(CANARY, ["fixture-child-1"]);
    const whole = parseBundle({ ...householdBundle(), record });
    expect(whole.ok && whole.bundle.record).toEqual(record);
    const damaged = parseBundle({ ...householdBundle(), record: { ...record, marac: "maybe" } });
    expect(damaged.ok).toBe(true);
    if (!damaged.ok) return;
    expect(damaged.bundle.plans).toHaveLength(householdBundle().plans.length);
    expect(damaged.bundle.record?.marac).toBeUndefined();
    expect(damaged.bundle.record?.agency).toBe(record.agency);
  });
});

describe("what changed since the last review", () => {
  const stamped = stampReview({ ...householdBundle(), record: { agency: "A" } }, "2026-05-01");

  it("nothing, straight after the snapshot; no snapshot, no answer", () => {
    const c = changesSince(stamped);
    expect(c && nothingChanged(c)).toBe(true);
    expect(c?.since).toBe("2026-05-01");
    expect(changesSince(householdBundle())).toBeNull();
  });

  it("the snapshot holds hashes only, never the words", () => {
    const snap = takeSnapshot({ ...householdBundle(), record: recordWith(CANARY) }, "2026-05-01");
    expect(JSON.stringify(snap)).not.toContain(CANARY);
    expect(shortHash("a")).toMatch(/^[0-9a-f]{8}$/);
    expect(shortHash("a")).not.toBe(shortHash("b"));
  });

  it("names plans added and removed, the fields whose answers changed, and the record's fields that changed", () => {
    const [adult, , , child1, ...rest] = stamped.plans;
    if (!adult || !child1) throw new Error("fixture");
    const firstField = Object.keys(adult.answers)[0] ?? "";
    const changedAdult = { ...adult, answers: { ...adult.answers, [firstField]: "something new" } };
    const newcomer = { ...child1, id: "fixture-child-9", label: "GH" };
    const now = {
      ...stamped,
      plans: [changedAdult, ...stamped.plans.slice(1, 3), ...rest, newcomer],
      record: { ...stamped.record, agency: "B", worker: "W" },
    };
    const c = changesSince(now);
    expect(c?.added.map((p) => p.id)).toEqual(["fixture-child-9"]);
    expect(c?.removed.map((p) => p.id)).toEqual(["fixture-child-1"]);
    expect(c?.changed).toEqual([{ plan: changedAdult, fields: [firstField] }]);
    expect(c?.record.sort()).toEqual(["agency", "worker"]);
  });

  it("a field whose answer was cleared counts as changed; sections are named in the template's order", () => {
    const [adult] = stamped.plans;
    if (!adult) throw new Error("fixture");
    const [gone] = Object.keys(adult.answers);
    const { [gone ?? ""]: _, ...answers } = adult.answers;
    const c = changesSince({ ...stamped, plans: [{ ...adult, answers }, ...stamped.plans.slice(1)] });
    expect(c?.changed[0]?.fields).toEqual([gone]);
    const template = {
      sections: [
        { id: "s1", fields: [{ id: "a" }] },
        { id: "s2", fields: [{ id: "b" }, { id: "c" }] },
      ],
    };
    expect(sectionsOf(template, ["c", "a"])).toEqual(["s1", "s2"]);
    expect(sectionsOf(template, ["z"])).toEqual([]);
  });
});

describe("editing the record", () => {
  it("an emptied field goes, and a child's entry with nothing in it goes", async () => {
    const { withChild, withField, childRows } = await import("./edit");
    expect(withField({ agency: "A", worker: "W" }, "agency", "")).toEqual({ worker: "W" });
    const one = withChild({}, "fixture-child-1", { scale: 2 });
    expect(one).toEqual({ children: [{ plan: "fixture-child-1", scale: 2 }] });
    expect(withChild(one, "fixture-child-1", { scale: undefined })).toEqual({});
    const rows = childRows({ ...householdBundle(), record: one });
    expect(rows.map((r) => r.plan.id)).toEqual(["fixture-yp-1", "fixture-child-1", "fixture-child-2"]);
    expect(rows[1]?.entry).toEqual({ plan: "fixture-child-1", scale: 2 });
  });
});
