import { describe, expect, it } from "vitest";
import { cleanLabel } from "./label";
import { parseBundle } from "./parse";
import { createPlanStore } from "./store";

const plan = (id: string, label: string) => ({
  schemaVersion: 1,
  id,
  kind: "child",
  label,
  createdAt: "2026-01-15T10:00:00.000Z",
  updatedAt: "2026-01-15T10:00:00.000Z",
  answers: {},
});

describe("plan labels carry no control or invisible characters", () => {
  it.each([
    ["A\u202EBC", "ABC"], // right-to-left override: would reverse what follows
    ["A\u202DB\u202C", "AB"],
    ["\u2067AB\u2069", "AB"], // isolates
    ["A\u200BB", "AB"], // zero-width space
    ["A\u200C\u200DB\uFEFF", "AB"], // zero-width (non-)joiner, byte order mark
    ["A\u200E\u200FB", "AB"], // direction marks
    ["A\u0000B\u0007\u001B\u007F\u0085", "AB"], // C0 and C1 controls
    ["A\u2060B\u00ADC", "ABC"], // word joiner, soft hyphen
    ["  A \n\tB  ", "A B"], // line breaks and tabs become one space, ends trimmed
    ["سم", "سم"],
    ["Jo-Ann", "Jo-Ann"],
  ])("%j becomes %j", (raw, clean) => {
    expect(cleanLabel(raw)).toBe(clean);
  });

  it("a label differing only by a zero-width character reads the same once cleaned", () => {
    expect(cleanLabel("A\u200BB")).toBe(cleanLabel("AB"));
  });

  it("a file's labels are cleaned when it is opened, and an empty one is dropped", () => {
    const result = parseBundle({
      schemaVersion: 1,
      plans: [plan("label-test-1", "AB\u202Edc"), plan("label-test-2", "\u200B"), plan("label-test-3", "CD")],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle.plans.map((p) => p.label)).toEqual(["ABdc", undefined, "CD"]);
    expect("label" in (result.bundle.plans[1] ?? {})).toBe(false);
  });

  it("labels given to the store are cleaned", () => {
    const store = createPlanStore();
    const added = store.add("child", "A\u202EB");
    expect(added.label).toBe("AB");
    store.update(added.id, { label: "C\u200BD" });
    expect(store.plan(added.id)?.label).toBe("CD");
  });
});
