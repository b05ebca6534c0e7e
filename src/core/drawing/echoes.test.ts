import { describe, expect, it } from "vitest";
import { createEchoes } from "./echoes";

describe("the drawing's echoes from the plan", () => {
  it("takes a picture sent before a newer one as its own when it comes back late", () => {
    const e = createEchoes(undefined);
    e.sent("one stroke");
    e.sent("two strokes");
    expect(e.heard("one stroke")).toBe(true);
    expect(e.heard("two strokes")).toBe(true);
  });

  it("hears every late echo after draw, draw, Undo, though the first picture was sent twice", () => {
    const e = createEchoes(undefined);
    e.sent("sun");
    e.sent("sun and house");
    e.sent("sun");
    expect(e.heard("sun")).toBe(true);
    expect(e.heard("sun and house")).toBe(true);
    expect(e.heard("sun")).toBe(true);
  });

  it("takes a picture it never sent for a new plan", () => {
    const e = createEchoes(undefined);
    e.sent("one stroke");
    expect(e.heard("a saved plan's drawing")).toBe(false);
  });

  it("takes a cleared plan for a new plan once its own pictures have come back, though it once sent blank paper", () => {
    const e = createEchoes(undefined);
    e.sent("one stroke");
    expect(e.heard("one stroke")).toBe(true);
    expect(e.heard(undefined)).toBe(false);
  });

  it("hears its own blank paper after a clear", () => {
    const e = createEchoes("saved drawing");
    e.sent(undefined);
    expect(e.heard(undefined)).toBe(true);
  });

  it("starts again from a picture it adopts", () => {
    const e = createEchoes(undefined);
    e.sent("one stroke");
    e.adopt("opened plan");
    expect(e.heard("opened plan")).toBe(true);
    expect(e.heard("one stroke")).toBe(false);
  });

  it("keeps a bounded list, the newest kept", () => {
    const e = createEchoes(undefined);
    for (let i = 0; i < 200; i++) e.sent(`stroke ${i}`);
    expect(e.heard("stroke 0")).toBe(false);
    expect(e.heard("stroke 199")).toBe(true);
  });
});
