import { describe, expect, it } from "vitest";
import { householdBundle } from "../plans/fixtures";
import { recordWith } from "../record/fixtures";
import { familyCopy, firstChoice, inFamilyCopy, recordsCopy, setInFamilyCopy } from "./copies";

const kinds = (b: { plans: Array<{ kind: string }> }) => b.plans.map((p) => p.kind).sort();

describe("which plans go into which copy at hand-over", () => {
  const bundle = householdBundle();
  const young = bundle.plans.find((p) => p.kind === "young-person");
  if (!young) throw new Error("the household fixture has a young person's plan");

  it("a young person's plan goes into the family's copy only after the young person agreed", () => {
    const start = firstChoice();
    expect(inFamilyCopy(start, young)).toBe(false);
    expect(kinds(familyCopy(bundle, start))).not.toContain("young-person");
    // Ticking without the answer "Yes" changes nothing.
    const unanswered = setInFamilyCopy(start, young, true);
    expect(familyCopy(bundle, unanswered).plans).not.toContainEqual(young);
    const agreed = setInFamilyCopy(start, young, true, true);
    expect(familyCopy(bundle, agreed).plans).toContainEqual(young);
    // Unticking withdraws it again.
    expect(familyCopy(bundle, setInFamilyCopy(agreed, young, false)).plans).not.toContainEqual(young);
  });

  it("the worker's record never goes into the family's copy; the worker's own copy holds it all", () => {
    const record = recordWith("CANARY-7Q", ["fixture-child-1"]);
    const withRecord = { ...bundle, record };
    const everyone = setInFamilyCopy(firstChoice(), young, true, true);
    for (const choice of [firstChoice(), everyone]) {
      const family = familyCopy(withRecord, choice);
      expect(family).not.toHaveProperty("record");
      expect(JSON.stringify(family)).not.toContain("CANARY-7Q");
      expect(recordsCopy(withRecord, choice).record).toEqual(record);
    }
  });

  it("the worker's own copy keeps the young person's plan, agreed or not", () => {
    expect(recordsCopy(bundle, firstChoice()).plans).toContainEqual(young);
    const withdrawn = setInFamilyCopy(setInFamilyCopy(firstChoice(), young, true, true), young, false);
    expect(recordsCopy(bundle, withdrawn).plans).toContainEqual(young);
  });

  it("other plans start ticked, and a plan left out is left out of both copies", () => {
    const others = bundle.plans.filter((p) => p.kind !== "young-person");
    expect(others.length).toBeGreaterThan(0);
    for (const plan of others) expect(inFamilyCopy(firstChoice(), plan)).toBe(true);
    const [first] = others;
    if (!first) return;
    const out = setInFamilyCopy(firstChoice(), first, false);
    expect(familyCopy(bundle, out).plans).not.toContainEqual(first);
    expect(recordsCopy(bundle, out).plans).not.toContainEqual(first);
    expect(familyCopy(bundle, setInFamilyCopy(out, first, true)).plans).toContainEqual(first);
  });
});
