import { describe, expect, it, vi } from "vitest";
import { onFirstUse } from "./at-first-use";

describe("onFirstUse", () => {
  it("runs nothing before the first use", () => {
    const run = vi.fn();
    onFirstUse(new EventTarget(), ["input"], run);
    expect(run).not.toHaveBeenCalled();
  });

  it("runs at the first of its events", () => {
    const target = new EventTarget();
    const run = vi.fn();
    onFirstUse(target, ["pointerdown", "keydown"], run);
    target.dispatchEvent(new Event("keydown"));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("runs once, however many uses follow", () => {
    const target = new EventTarget();
    const run = vi.fn();
    onFirstUse(target, ["pointerdown", "keydown"], run);
    target.dispatchEvent(new Event("pointerdown"));
    target.dispatchEvent(new Event("keydown"));
    target.dispatchEvent(new Event("pointerdown"));
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("ignores events it was not given", () => {
    const target = new EventTarget();
    const run = vi.fn();
    onFirstUse(target, ["input"], run);
    target.dispatchEvent(new Event("pointerdown"));
    expect(run).not.toHaveBeenCalled();
  });

  it("runs nothing once let go", () => {
    const target = new EventTarget();
    const run = vi.fn();
    const stop = onFirstUse(target, ["input"], run);
    stop();
    target.dispatchEvent(new Event("input"));
    expect(run).not.toHaveBeenCalled();
  });
});
