import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../i18n/catalogue";
import { LANGUAGES, type Lang } from "../i18n/languages";
import { practiceStrings } from "../practice/index";
import { fillPlaceholders } from "../practice/placeholders";
import { buildPractice } from "../practice/shape";
import { childPracticeShape } from "../practice/shapes/child";
import { youngPersonPracticeShape } from "../practice/shapes/young-person";
import {
  childFacingStrings,
  countSyllables,
  fleschKincaidGrade,
  lettersIn,
  READING_LIMITS,
  type Reader,
  readingProblems,
  sentenceCount,
  sentencesIn,
  wordsIn,
  wordsOf,
} from "./readability";
import { buildTemplate } from "./shape";
import { shapes } from "./shape-registry";
import type { Template } from "./template";
import { childTemplate } from "./templates";
import { templates } from "./templates/index";

/** Grade ceiling for the children's screens: about age 7 to 9. Rewrite the text, don't raise it. */
const CHILD_MAX_GRADE = 4;
/** A looser ceiling for the young person's plan (ages about 12 to 17), to catch drift into jargon. */
const YOUNG_PERSON_MAX_GRADE = 10;

function tooHardFor(template: Template, maxGrade: number): string[] {
  return childFacingStrings(template)
    .map((text) => ({ text, grade: fleschKincaidGrade(text) }))
    .filter(({ grade }) => grade > maxGrade)
    .map(({ text, grade }) => `grade ${grade.toFixed(1)}: "${text}"`);
}

describe("countSyllables", () => {
  it.each([
    ["cat", 1],
    ["the", 1],
    ["phone", 1],
    ["scared", 1],
    ["happy", 2],
    ["angry", 2],
    ["worried", 2],
    ["confused", 2],
    ["wanted", 2],
    ["going", 2],
    ["people", 2],
    ["places", 2],
    ["safely", 2],
    ["safety", 2],
    ["someone", 2],
    ["sometimes", 2],
    ["family", 3],
    ["violence", 3],
    ["emergency", 4],
    ["OK", 2],
    ["can't", 1],
  ])("%s has %i", (word, expected) => {
    expect(countSyllables(word)).toBe(expected);
  });

  it("reads digits one by one, as phone numbers are read", () => {
    expect(wordsOf("Phone 999")).toEqual(["Phone", "9", "9", "9"]);
    expect(countSyllables("7")).toBe(2);
  });
});

describe("fleschKincaidGrade", () => {
  it("counts sentences", () => {
    expect(sentenceCount("Go. Run! Hide? Now…")).toBe(4);
    expect(sentenceCount("No full stop")).toBe(1);
    expect(sentenceCount("")).toBe(0);
  });

  it("gives simple sentences a low grade", () => {
    expect(fleschKincaidGrade("The cat sat on the mat. It was a hot day.")).toBeLessThan(1);
    expect(fleschKincaidGrade("Get out of the way. Go to your safe place.")).toBeLessThan(2);
  });

  it("gives complex sentences a high grade", () => {
    const complex =
      "Multi-agency safeguarding arrangements necessitate comprehensive, contemporaneous documentation of " +
      "professional observations regarding the circumstances and vulnerabilities of the household.";
    expect(fleschKincaidGrade(complex)).toBeGreaterThan(12);
    expect(fleschKincaidGrade("Professionals should consider the cumulative impact of intimidation.")).toBeGreaterThan(
      8,
    );
  });

  it("rises with longer sentences and longer words", () => {
    const short = fleschKincaidGrade("I can't stop it. It is not my fault.");
    const long = fleschKincaidGrade("I am unable to prevent it, and the responsibility for it is not mine.");
    expect(long).toBeGreaterThan(short + 3);
  });

  it("is 0 for text without words", () => {
    expect(fleschKincaidGrade("")).toBe(0);
    expect(fleschKincaidGrade(" … ")).toBe(0);
  });
});

describe("childFacingStrings", () => {
  it("lists labels, help, choices and tick-box text but not the questions for adults", () => {
    const strings = childFacingStrings(childTemplate);
    expect(strings).toContain(childTemplate.title);
    expect(strings).toContain("I feel happy");
    expect(strings).toContain("I know this");
    const adultOnly = childTemplate.sections.flatMap((s) => s.askQuestions ?? []);
    expect(adultOnly.length).toBeGreaterThan(0);
    for (const question of adultOnly) expect(strings).not.toContain(question);
  });

  it("includes checklist items", () => {
    expect(childFacingStrings(templates.checklist)).toContain("Passports, for you and your children");
  });
});

describe("reading level of the plans for children and young people", () => {
  it(`every child-facing string scores grade ${CHILD_MAX_GRADE} or below`, () => {
    const tooHard = tooHardFor(childTemplate, CHILD_MAX_GRADE);
    expect(tooHard, `too hard for age 7 to 9:\n${tooHard.join("\n")}`).toEqual([]);
  });

  it(`every string of the young person's plan scores grade ${YOUNG_PERSON_MAX_GRADE} or below`, () => {
    const tooHard = tooHardFor(templates["young-person"], YOUNG_PERSON_MAX_GRADE);
    expect(tooHard, `too hard for age 12 to 17:\n${tooHard.join("\n")}`).toEqual([]);
  });
});

describe("reading limits in any language", () => {
  it("finds words and sentences in Welsh and Arabic", () => {
    expect(wordsIn("Dos i'r lle diogel.")).toEqual(["Dos", "i'r", "lle", "diogel"]);
    expect(wordsIn("اتصل بالرقم 999.")).toEqual(["اتصل", "بالرقم", "999"]);
    expect(sentencesIn("ما اسمك؟ اسمي سام.")).toHaveLength(2);
    // Vowel signs are not letters: "تَنَفَّسْ" has 4.
    expect(lettersIn("تَنَفَّسْ")).toBe(4);
    expect(lettersIn("ŵyr")).toBe(3);
  });

  it("says what is too long", () => {
    const limits = { sentenceWords: 5, wordLetters: 8, meanWordLetters: 5 };
    expect(readingProblems("Go to your safe place.", limits)).toEqual([]);
    expect(readingProblems("Go to your safe place now, please.", limits)[0]).toMatch(/^7 words in a sentence/);
    expect(readingProblems("Responsibility.", limits)[0]).toMatch(/^14 letters in "Responsibility"/);
    const long = "Professionals deliberate. Circumstances necessitate comprehensive documentation.";
    expect(readingProblems(long, { ...limits, wordLetters: 99 })).toEqual([
      expect.stringMatching(/letters a word on average/),
    ]);
  });

  it("sets limits for every language, Welsh words longer and Arabic sentences shorter than English", () => {
    for (const lang of LANGUAGES) expect(READING_LIMITS[lang], lang).toBeDefined();
    expect(READING_LIMITS.cy.child.wordLetters).toBeGreaterThan(READING_LIMITS.en.child.wordLetters);
    expect(READING_LIMITS.ar.child.sentenceWords).toBeLessThan(READING_LIMITS.en.child.sentenceWords);
  });
});

/** The practice set as a child sees it with no plan open: the blanks filled with the set's own words. */
function practiceTexts(shape: Parameters<typeof buildPractice>[0], words: Parameters<typeof buildPractice>[1]) {
  const set = buildPractice(shape, words);
  return [...practiceStrings(set).map((text) => fillPlaceholders(text, {}, set.blanks)), ...Object.values(set.blanks)];
}

/** The words of the child's screens (ui/child.ts) that the child reads or hears: not the lines for the grown-up. */
function childUiTexts(lang: Lang): string[] {
  return Object.entries(CATALOGUES[lang].ui)
    .filter(([key]) => key.startsWith("child.") && !/^child\.readAloud\.(missing|howToFix)$/.test(key))
    .flatMap(([, entry]) => (typeof entry === "string" ? [entry] : Array.isArray(entry) ? [...entry] : []));
}

/** Everything a child or young person reads, in a language, in the same order in every language. */
function textsFor(lang: Lang, reader: Reader): string[] {
  const c = CATALOGUES[lang];
  if (reader === "child")
    return [
      ...childFacingStrings(buildTemplate(shapes.child, c.plans.child)),
      ...practiceTexts(childPracticeShape, c.practice.child),
      ...childUiTexts(lang),
    ];
  return [
    ...childFacingStrings(buildTemplate(shapes["young-person"], c.plans["young-person"])),
    ...practiceTexts(youngPersonPracticeShape, c.practice["young-person"]),
  ];
}

describe.each(LANGUAGES)("children's and young people's words stay short in %s", (lang) => {
  it.each(["child", "young-person"] as const)("every %s string is within the language's limits", (reader) => {
    const english = textsFor("en", reader);
    const mine = textsFor(lang, reader);
    expect(mine.length).toBe(english.length);
    // A string still in English (not yet translated) is held to the English limits, where it is checked.
    const problems = mine
      .filter((text, i) => lang === "en" || text !== english[i])
      .flatMap((text) => readingProblems(text, READING_LIMITS[lang][reader]));
    expect(
      problems,
      `too long for ${reader === "child" ? "age 7 to 9" : "age 12 to 17"}:\n${problems.join("\n")}`,
    ).toEqual([]);
  });
});
