import { expect, it } from "vitest";
import { JS_BUDGETS, jsBudget, KB } from "./budgets.mjs";

const english = { words: 3000 };

it("holds a page in the source language to its budget as written", () => {
  expect(jsBudget(37 * KB, english, english)).toBe(37 * KB);
  expect(jsBudget(37 * KB, english, undefined)).toBe(37 * KB);
});

it("lets a twin carry its own words' extra bytes, and nothing else", () => {
  expect(jsBudget(37 * KB, { words: 3900 }, english)).toBe(37 * KB + 900);
  // Shorter words give no room for more code.
  expect(jsBudget(37 * KB, { words: 2800 }, english)).toBe(37 * KB);
});

it("gives the session its own budget, before the plan pages' rule", () => {
  const rule = (path: string) => JS_BUDGETS.find((b) => b.match.test(path))?.bytes;
  expect(rule("/professionals/session/")).toBe(42.1 * KB);
  expect(rule("/plan/adult/")).toBe(37.7 * KB);
  expect(rule("/checklist/")).toBe(37.7 * KB);
  expect(rule("/plan/child/")).toBe(41.2 * KB);
});
