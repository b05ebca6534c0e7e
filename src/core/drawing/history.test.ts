import { describe, expect, it } from "vitest";
import { clear, type DrawAction, draw, isBlank, undo, visible } from "./history";

describe("the drawing's history", () => {
  it("undoes a clear: the strokes and the saved drawing come back", () => {
    let a: DrawAction<string>[] = [];
    a = draw(a, "sun");
    a = draw(a, "house");
    a = clear(a, true);
    expect(visible(a, true)).toEqual({ base: false, strokes: [] });
    expect(isBlank(a, true)).toBe(true);
    a = undo(a);
    expect(visible(a, true)).toEqual({ base: true, strokes: ["sun", "house"] });
  });

  it("draws after a clear on clean paper, and undoes back through it", () => {
    let a: DrawAction<string>[] = draw([], "sun");
    a = clear(a, false);
    a = draw(a, "tree");
    expect(visible(a, false).strokes).toEqual(["tree"]);
    a = undo(undo(a));
    expect(visible(a, false).strokes).toEqual(["sun"]);
  });

  it("clearing blank paper adds nothing to undo", () => {
    expect(clear([], false)).toEqual([]);
    const cleared = clear(draw([], "sun"), false);
    expect(clear(cleared, false)).toEqual(cleared);
    expect(clear([], true)).toEqual([{ kind: "clear" }]); // a saved drawing is something to clear
  });
});
