import { describe, expect, it } from "vitest";
import { propsJson } from "./props-json";

describe("an island's props as JSON", () => {
  it("give the same data back", () => {
    const props = { kind: "adult", numbers: [{ name: "A", phone: "999" }], on: true, n: 3, none: null };
    expect(JSON.parse(propsJson("x", props))).toEqual(props);
  });

  it("cannot close the script they sit in, whatever a text holds", () => {
    const props = { name: "</script><script>alert(1)</script><!--" };
    const json = propsJson("x", props);
    expect(json).not.toContain("<");
    expect(JSON.parse(json)).toEqual(props);
  });

  it("leave out a field whose value is undefined, as an optional prop", () => {
    expect(JSON.parse(propsJson("x", { a: 1, b: undefined }))).toEqual({ a: 1 });
  });

  it.each([
    ["a date", { at: new Date(0) }, /props\.at is not plain data/],
    ["a map", { m: new Map() }, /props\.m is not plain data/],
    ["a function", { f: () => 1 }, /props\.f is not plain data/],
    ["NaN", { n: Number.NaN }, /props\.n is NaN/],
    ["an undefined in a list", { list: [1, undefined] }, /props\.list\[1\] is undefined/],
  ])("stop the build, naming the field, for %s", (_what, props, message) => {
    expect(() => propsJson("workspace", props as Record<string, unknown>)).toThrow(message);
  });
});
