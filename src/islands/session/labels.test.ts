import { describe, expect, it } from "vitest";
import { cleanInitials, initialsProblem } from "./labels";

describe("initials for a child's plan", () => {
  it("takes up to four letters, whatever stands between them", () => {
    expect(initialsProblem("J.S.")).toBeNull();
    expect(initialsProblem("a b c d")).toBeNull();
    expect(cleanInitials("j. s.")).toBe("JS");
  });

  it("counts letters of any script, not bytes", () => {
    expect(initialsProblem("م ع")).toBeNull();
    expect(cleanInitials("م ع")).toBe("مع");
  });

  it("asks for initials when none were typed", () => {
    expect(initialsProblem("")).toBe("missing");
    expect(initialsProblem(" . - ")).toBe("missing");
  });

  it("refuses a name rather than keep part of it", () => {
    expect(initialsProblem("Jonathan")).toBe("tooLong");
    expect(initialsProblem("Jo Smith")).toBe("tooLong");
    expect(initialsProblem("ABCDE")).toBe("tooLong");
  });
});
