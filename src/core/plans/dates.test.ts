import { describe, expect, it } from "vitest";
import { formatDay, today } from "./dates";

describe("dates", () => {
  it("gives today in local time and shows days the UK way", () => {
    expect(today(new Date(2027, 2, 9, 23, 30))).toBe("2027-03-09");
    expect(formatDay("2027-03-10")).toBe("10/03/2027");
    expect(formatDay("not a date")).toBe("not a date");
  });
});
