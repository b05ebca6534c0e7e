import { describe, expect, it } from "vitest";
import { keepsWarning } from "./idle";

describe("which uses of the page answer the session's idle warning", () => {
  it("a key answers it, as Keep going does", () => {
    expect(keepsWarning({ type: "keydown", key: "a", marked: false })).toBe(false);
    expect(keepsWarning({ type: "keydown", key: "Escape", marked: false })).toBe(false);
  });

  it("a press or a tap answers it at its click, the last event it makes", () => {
    expect(keepsWarning({ type: "click", marked: false })).toBe(false);
  });

  it("a press or a tap leaves it up while the finger is down, so the tap's click cannot land beneath it", () => {
    expect(keepsWarning({ type: "pointerdown", marked: false })).toBe(true);
    expect(keepsWarning({ type: "touchstart", marked: false })).toBe(true);
  });

  it("Enter leaves it up until the click it makes, so the link or button it was on is still there", () => {
    expect(keepsWarning({ type: "keydown", key: "Enter", marked: false })).toBe(true);
  });

  it("Tab and Shift leave it up, so a keyboard can reach Save a copy first", () => {
    expect(keepsWarning({ type: "keydown", key: "Tab", marked: false })).toBe(true);
    expect(keepsWarning({ type: "keydown", key: "Shift", marked: false })).toBe(true);
  });

  it("a press on Save a copy first leaves it up, so its click still finds the button", () => {
    expect(keepsWarning({ type: "click", marked: true })).toBe(true);
    expect(keepsWarning({ type: "keydown", key: "a", marked: true })).toBe(true);
  });

  it("typing never closes it between a key and the letter it types", () => {
    expect(keepsWarning({ type: "input", marked: false })).toBe(true);
  });
});
