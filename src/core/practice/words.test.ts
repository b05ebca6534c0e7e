import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../i18n/catalogue";
import { buildPractice, practiceShapes } from "./index";
import type { Audience } from "./types";

const AUDIENCES: readonly Audience[] = ["child", "young-person"];
const en = CATALOGUES.en;

describe("the practice words", () => {
  it.each(AUDIENCES)("every word of the %s practice is used by its structure, and none is missing", (audience) => {
    const used = new Set<string>();
    buildPractice(practiceShapes[audience], en.practice[audience], used);
    const words = Object.keys(en.practice[audience]);
    expect(
      words.filter((key) => !used.has(key)),
      "unused",
    ).toEqual([]);
    expect(
      [...used].filter((key) => !(key in en.practice[audience])),
      "missing",
    ).toEqual([]);
  });

  it.each(AUDIENCES)("every key of the %s practice starts with its part's name", (audience) => {
    const prefix = `practice.${audience}.`;
    expect(Object.keys(en.practice[audience]).filter((key) => !key.startsWith(prefix))).toEqual([]);
  });

  it.each(AUDIENCES)("the %s practice reads the same in every language: every language has every key", (audience) => {
    for (const lang of ["cy", "ar"] as const) {
      const mine = CATALOGUES[lang].practice[audience];
      expect(Object.keys(mine).sort(), lang).toEqual(Object.keys(en.practice[audience]).sort());
    }
  });
});
