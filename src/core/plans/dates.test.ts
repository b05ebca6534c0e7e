import { describe, expect, it } from "vitest";
import { formatDay, formatDayIn, today } from "./dates";

describe("dates", () => {
  it("gives today in local time and shows days the UK way", () => {
    expect(today(new Date(2027, 2, 9, 23, 30))).toBe("2027-03-09");
    expect(formatDay("2027-03-10")).toBe("10/03/2027");
    expect(formatDay("not a date")).toBe("not a date");
    expect(["2027-03-10", "2027-12-01"].map(formatDay)).toEqual(["10/03/2027", "01/12/2027"]);
  });

  it("shows days in the page's language, in Western digits", () => {
    expect(formatDayIn("2027-03-10", "cy")).toBe("10/03/2027");
    const arabic = formatDayIn("2027-03-10", "ar");
    expect(arabic.replace(/\u200f/g, "")).toBe("10/03/2027");
    expect(arabic).not.toMatch(/[\u0660-\u0669]/);
  });
});
