import { describe, expect, it } from "vitest";
import { countInTurn, type IdleScheduler } from "./in-turn";

/** Runs nothing until told: each `idle()` runs the callbacks waiting at that moment. */
function fakeIdle() {
  let next = 1;
  const waiting = new Map<number, () => void>();
  const scheduler: IdleScheduler = {
    request: (callback) => {
      waiting.set(next, callback);
      return next++;
    },
    cancel: (handle) => void waiting.delete(handle),
  };
  const idle = () => {
    const now = [...waiting.values()];
    waiting.clear();
    for (const callback of now) callback();
  };
  return { scheduler, idle, waiting: () => waiting.size };
}

describe("countInTurn", () => {
  it("counts nothing until the page is idle", () => {
    const fake = fakeIdle();
    const counts: number[] = [];
    countInTurn(3, (n) => counts.push(n), fake.scheduler);
    expect(counts).toEqual([]);
  });

  it("adds one part per idle moment, up to the total, then stops asking", () => {
    const fake = fakeIdle();
    const counts: number[] = [];
    countInTurn(3, (n) => counts.push(n), fake.scheduler);
    fake.idle();
    expect(counts).toEqual([1]);
    fake.idle();
    fake.idle();
    fake.idle();
    expect(counts).toEqual([1, 2, 3]);
    expect(fake.waiting()).toBe(0);
  });

  it("asks for nothing when there is nothing to add", () => {
    const fake = fakeIdle();
    countInTurn(0, () => {}, fake.scheduler);
    expect(fake.waiting()).toBe(0);
  });

  it("stops when told, with nothing left waiting", () => {
    const fake = fakeIdle();
    const counts: number[] = [];
    const stop = countInTurn(3, (n) => counts.push(n), fake.scheduler);
    fake.idle();
    stop();
    fake.idle();
    expect(counts).toEqual([1]);
    expect(fake.waiting()).toBe(0);
  });
});
