import { describe, expect, it, vi } from "vitest";
import { createPlanStore } from "./store";

const at = new Date("2026-02-01T09:00:00.000Z");

describe("plan store", () => {
  it("creates, changes and clears plans, telling subscribers", () => {
    let n = 0;
    const store = createPlanStore({ now: () => at, newId: () => `plan-id-${++n}` });
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    const plan = store.ensure("adult");
    expect(store.ensure("adult").id).toBe(plan.id);
    const before = store.bundle();
    store.change(plan.id, "worries", "money");
    expect(store.plan(plan.id)?.answers).toEqual({ worries: "money" });
    expect(store.bundle()).not.toBe(before);
    store.change(plan.id, "worries", undefined);
    expect(store.plan(plan.id)?.answers).toEqual({});
    store.update(plan.id, { reviewDate: "2026-05-01" });
    expect(store.plan(plan.id)?.reviewDate).toBe("2026-05-01");
    store.update(plan.id, { reviewDate: "" });
    expect(store.plan(plan.id)).not.toHaveProperty("reviewDate");
    store.clear();
    expect(store.bundle().plans).toEqual([]);
    expect(listener).toHaveBeenLastCalledWith(store.bundle(), "clear");
    unsubscribe();
    store.ensure("checklist");
    expect(listener).toHaveBeenCalledTimes(6);
  });

  it("ignores changes to a plan it does not hold", () => {
    const store = createPlanStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.change("nope", "x", "y");
    expect(listener).not.toHaveBeenCalled();
  });
});
