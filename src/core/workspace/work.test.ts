import { describe, expect, it } from "vitest";
import { createPlanStore } from "../plans/store";
import { hasWork, plansWithWork } from "./work";

/** A fresh, empty plan from the store, as a page starts with. */
const blank = () => createPlanStore().add("adult");

describe("what counts as work on a plan", () => {
  it("an empty plan holds no work", () => {
    expect(hasWork(blank())).toBe(false);
  });

  it("an answer, a review date or a log of reviews is work: replacing it would lose it", () => {
    expect(hasWork({ ...blank(), answers: { worries: "x" } })).toBe(true);
    expect(hasWork({ ...blank(), reviewDate: "2027-03-01" })).toBe(true);
    expect(hasWork({ ...blank(), reviews: ["2027-03-01"] })).toBe(true);
  });

  it("picks out the plans that hold work, keeping their order", () => {
    const a = { ...blank(), id: "aaaaaa", reviewDate: "2027-03-01" };
    const b = { ...blank(), id: "bbbbbb" };
    const c = { ...blank(), id: "cccccc", answers: { worries: "x" } };
    expect(plansWithWork([a, b, c]).map((p) => p.id)).toEqual(["aaaaaa", "cccccc"]);
  });
});
