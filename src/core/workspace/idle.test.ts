import { describe, expect, it } from "vitest";
import { keepsWarning } from "./idle";

describe("which uses of the page answer the session's idle warning", () => {
  it("a key or a press answers it, as Keep going does", () => {
    expect(keepsWarning({ type: "keydown", key: "a", marked: false })).toBe(false);
    expect(keepsWarning({ type: "keydown", key: "Enter", marked: false })).toBe(false);
    expect(keepsWarning({ type: "pointerdown", marked: false })).toBe(false);
  });

  it("Tab and Shift leave it up, so a keyboard can reach Save a copy first", () => {
    expect(keepsWarning({ type: "keydown", key: "Tab", marked: false })).toBe(true);
    expect(keepsWarning({ type: "keydown", key: "Shift", marked: false })).toBe(true);
  });

  it("a press on Save a copy first leaves it up, so its click still finds the button", () => {
    expect(keepsWarning({ type: "pointerdown", marked: true })).toBe(true);
    expect(keepsWarning({ type: "keydown", key: "Enter", marked: true })).toBe(true);
  });

  it("typing never closes it between a key and the letter it types", () => {
    expect(keepsWarning({ type: "input", marked: false })).toBe(true);
  });
});
