import { describe, expect, it } from "vitest";
import { CATALOGUES } from "../i18n/catalogue";
import { LANGUAGES, type Lang } from "../i18n/languages";
import { fleschKincaidGrade } from "../plans/readability";
import {
  childPractice,
  fillPlaceholders,
  PLACEHOLDER_NAMES,
  PRACTICE_PICTURES,
  practiceIn,
  practiceSets,
  practiceStrings,
  youngPersonPractice,
} from "./index";
import type { Audience, PracticeSet } from "./types";

/** Grade ceiling for the children's practice: about age 7 to 9. Rewrite the text, don't raise it. */
const CHILD_MAX_GRADE = 4;
/** Ceiling for the young person's practice (ages about 12 to 17): plain English, no jargon. */
const YOUNG_PERSON_MAX_GRADE = 8;

const AUDIENCES: readonly Audience[] = ["child", "young-person"];

/** Every practice set in every language: the same structure, each language's words. */
const sets: [string, Lang, PracticeSet][] = LANGUAGES.flatMap((lang) =>
  AUDIENCES.map((a): [string, Lang, PracticeSet] => [
    `${lang} ${a}`,
    lang,
    practiceIn(a, CATALOGUES[lang].practice[a]),
  ]),
);

/** Words each language's practice must say: to ask for the police, about a mobile, that it is not your fault. */
const MUST_SAY: Record<Lang, { police: string; mobile: string; notYourFault: string }> = {
  en: { police: "police", mobile: "mobile", notYourFault: "not your fault" },
  cy: { police: "heddlu", mobile: "symudol", notYourFault: "dy fai di" },
  ar: { police: "الشرطة", mobile: "محمول", notYourFault: "ليس ذنبك" },
  pl: { police: "policj", mobile: "komórk", notYourFault: "nie twoja wina" },
  ur: { police: "پولیس", mobile: "موبائل", notYourFault: "آپ کی غلطی نہیں" },
  ro: { police: "poliți", mobile: "mobil", notYourFault: "vina ta" },
  pa: { police: "ਪੁਲਿਸ", mobile: "ਮੋਬਾਈਲ", notYourFault: "ਤੁਹਾਡਾ ਕਸੂਰ ਨਹੀਂ" },
};

/** Words about getting it wrong, failing or scoring, which practice never uses. */
const NEVER_SAY: Record<Lang, readonly string[]> = {
  en: ["wrong", "fail", "score", "bad choice"],
  cy: ["anghywir", "sgôr", "dewis gwael"],
  ar: ["خاطئ", "فشل", "درجة", "نتيجة"],
  pl: ["błęd", "zła odpowiedź", "zły wybór", "wynik", "punkt", "porażk"],
  // "غلط" with what follows it: "غلطی نہیں" (not your fault) is what practice must say.
  ur: ["غلط ", "غلط۔", "ناکام", "اسکور", "برا انتخاب"],
  ro: ["greșit", "eșec", "eșua", "scor", "alegere proastă"],
  pa: ["ਗ਼ਲਤ", "ਫ਼ੇਲ੍ਹ", "ਸਕੋਰ", "ਨੰਬਰ ਕੱਟ", "ਮਾੜੀ ਚੋਣ"],
};

const allowedPictures: readonly string[] = PRACTICE_PICTURES;

/** Every id in a set: scenarios, choices and call steps. */
function idsOf(set: PracticeSet): string[] {
  return [
    ...set.scenarios.flatMap((scenario) => [scenario.id, ...scenario.choices.map((choice) => choice.id)]),
    ...set.call.steps.map((step) => step.id),
  ];
}

function picturesOf(set: PracticeSet): string[] {
  const out: string[] = [];
  for (const scenario of set.scenarios) {
    if (scenario.picture !== undefined) out.push(scenario.picture);
    for (const choice of scenario.choices) if (choice.picture !== undefined) out.push(choice.picture);
  }
  return out;
}

/** The text as practice shows it when no plan is open. */
const withDefaults = (set: PracticeSet) => (text: string) => fillPlaceholders(text, {}, set.blanks);
const BLANKS = childPractice.blanks;

describe("practiceSets", () => {
  it("has one set per audience, with the matching audience", () => {
    expect(practiceSets.child).toBe(childPractice);
    expect(practiceSets["young-person"]).toBe(youngPersonPractice);
    for (const [audience, set] of Object.entries(practiceSets)) expect(set.audience).toBe(audience);
  });
});

describe.each(sets)("the %s practice set", (_name, lang, set) => {
  it("has ids that are unique within the set", () => {
    const ids = idsOf(set);
    const duplicates = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(duplicates).toEqual([]);
    for (const id of ids) expect(id, `id "${id}"`).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("has 5 or 6 scenarios, each with 2 to 4 choices and at least one best choice", () => {
    expect(set.scenarios.length).toBeGreaterThanOrEqual(5);
    expect(set.scenarios.length).toBeLessThanOrEqual(6);
    for (const scenario of set.scenarios) {
      expect(scenario.choices.length, scenario.id).toBeGreaterThanOrEqual(2);
      expect(scenario.choices.length, scenario.id).toBeLessThanOrEqual(4);
      expect(
        scenario.choices.some((choice) => choice.best),
        `${scenario.id} has a best choice`,
      ).toBe(true);
    }
  });

  it("gives every choice feedback that explains, not just a verdict", () => {
    for (const scenario of set.scenarios) {
      for (const choice of scenario.choices) {
        expect(choice.label.trim(), choice.id).not.toBe("");
        expect(choice.feedback.trim(), choice.id).not.toBe("");
        expect(choice.feedback, choice.id).not.toBe(choice.label);
        // More than a bare "Yes." or "No.": at least two sentences, so there is room to say why.
        // (Urdu ends a sentence with "۔", Panjabi with the danda "।".)
        expect(
          choice.feedback.split(/[.!?؟۔।]+\s/).length,
          `${choice.id}: "${choice.feedback}"`,
        ).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it("uses only the built-in pictures", () => {
    for (const picture of picturesOf(set)) expect(allowedPictures, `picture "${picture}"`).toContain(picture);
  });

  it("contains no phone numbers except 999 and 55, and no tel: links", () => {
    for (const text of practiceStrings(set)) {
      expect(text.toLowerCase(), text).not.toContain("tel:");
      // No run of 3 or more digits (even with spaces or dashes between them) other than 999.
      for (const run of text.match(/\d(?:[\s-]*\d){2,}/g) ?? []) expect(run, text).toBe("999");
      // And no other numbers at all: only 999 and 55 (and "press 5, then 5" to explain 55).
      for (const run of text.match(/\d+/g) ?? []) expect(["999", "55", "5"], text).toContain(run);
      // Western digits only, in every language: what the phone's keypad shows.
      expect(text, text).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
    }
  });

  it("has words for every blank, without placeholders of their own", () => {
    for (const name of PLACEHOLDER_NAMES) {
      expect(set.blanks[name].trim(), name).not.toBe("");
      expect(set.blanks[name], name).not.toMatch(/[{}]/);
    }
  });

  it("never talks about getting it wrong, failing or scoring", () => {
    for (const text of practiceStrings(set)) {
      for (const word of NEVER_SAY[lang]) {
        expect(text.toLowerCase(), `"${text}" contains "${word}"`).not.toContain(word);
      }
    }
  });

  it("uses only the known placeholders", () => {
    const known: readonly string[] = PLACEHOLDER_NAMES;
    for (const text of practiceStrings(set)) {
      for (const [, name] of text.matchAll(/\{([^}]*)\}/g)) expect(known, `{${name}} in "${text}"`).toContain(name);
      // Filled in, nothing in braces is left over.
      expect(withDefaults(set)(text), text).not.toMatch(/[{}]/);
    }
  });

  it("practises the whole 999 call, including 55 when you can't speak", () => {
    expect(set.call.steps.map((step) => step.id)).toEqual([
      "which-service",
      "name",
      "address",
      "what-is-happening",
      "are-you-safe",
      "stay-on-the-line",
    ]);
    const answers = set.call.steps.map((step) => step.answer).filter((answer) => answer !== undefined);
    expect(answers).toEqual(["name", "address", "what-is-happening"]);
    expect(set.call.steps.find((step) => step.answer === "name")?.prompt).toContain("{name}");
    expect(set.call.steps.find((step) => step.answer === "address")?.prompt).toContain("{address}");
    expect(set.call.steps[0]?.prompt.toLowerCase()).toContain(MUST_SAY[lang].police);
    expect(set.call.silentCall.join(" ")).toMatch(/(^|[^\d])55([^\d]|$)/);
    expect(set.call.silentCall.join(" ").toLowerCase()).toContain(MUST_SAY[lang].mobile);
    expect(set.call.ending.join(" ")).toContain("999");
    expect(set.closing.join(" ")).toContain(MUST_SAY[lang].notYourFault);
    expect(set.closing.join(" ")).toContain("{trustedPerson}");
  });
});

describe("practiceStrings", () => {
  it("lists the titles, situations, choices, feedback and the call, but not ids or pictures", () => {
    const strings = practiceStrings(childPractice);
    const first = childPractice.scenarios[0];
    const step = childPractice.call.steps[0];
    expect(first).toBeDefined();
    expect(step).toBeDefined();
    if (first === undefined || step === undefined) return;
    expect(strings).toContain(childPractice.title);
    expect(strings).toContain(first.situation);
    expect(strings).toContain(first.question);
    for (const choice of first.choices) {
      expect(strings).toContain(choice.label);
      expect(strings).toContain(choice.feedback);
      expect(strings).not.toContain(choice.id);
    }
    expect(strings).toContain(childPractice.call.title);
    expect(strings).toContain(step.operator);
    expect(strings).toContain(step.prompt);
    expect(strings).toContain(step.hint);
    for (const text of [...childPractice.call.silentCall, ...childPractice.call.ending, ...childPractice.closing]) {
      expect(strings).toContain(text);
    }
    expect(strings).not.toContain("stairs");
  });
});

describe("fillPlaceholders", () => {
  it("puts in the child's own answers", () => {
    expect(
      fillPlaceholders(
        "Go to {safePlace}. Tell {trustedPerson}. Use {nearestPhone}.",
        {
          safePlace: "my bedroom",
          trustedPerson: "Nan",
          nearestPhone: "the phone in the hall",
        },
        BLANKS,
      ),
    ).toBe("Go to my bedroom. Tell Nan. Use the phone in the hall.");
    expect(
      fillPlaceholders("My name is {name}. I live at {address}.", { name: " Sam ", address: "1 High St" }, BLANKS),
    ).toBe("My name is Sam. I live at 1 High St.");
  });

  it("uses the set's own words for missing or blank answers", () => {
    expect(fillPlaceholders("Go to {safePlace}.", {}, BLANKS)).toBe("Go to your safe place.");
    expect(fillPlaceholders("Tell {trustedPerson}.", { trustedPerson: "   " }, BLANKS)).toBe(
      "Tell a grown-up you trust.",
    );
    expect(fillPlaceholders("{name} {address} {nearestPhone}", { name: "", address: "\n" }, BLANKS)).toBe(
      `${BLANKS.name} ${BLANKS.address} ${BLANKS.nearestPhone}`,
    );
    expect(fillPlaceholders("Tell {trustedPerson}.", {}, youngPersonPractice.blanks)).toBe("Tell an adult you trust.");
  });

  it("fills every occurrence", () => {
    expect(fillPlaceholders("{name}, {name}!", { name: "Ali" }, BLANKS)).toBe("Ali, Ali!");
  });

  it("leaves unknown placeholders and other braces alone", () => {
    expect(fillPlaceholders("Hi {friend}, {toString} {} {safePlace}", { safePlace: "here" }, BLANKS)).toBe(
      "Hi {friend}, {toString} {} here",
    );
  });

  it("does not read placeholders inside the values it puts in", () => {
    expect(fillPlaceholders("Go to {safePlace}.", { safePlace: "{trustedPerson}" }, BLANKS)).toBe(
      "Go to {trustedPerson}.",
    );
  });
});

describe("reading level of the practice", () => {
  it.each(practiceStrings(childPractice).map(withDefaults(childPractice)))(
    `child: "%s" scores grade ${CHILD_MAX_GRADE} or below`,
    (text) => {
      const grade = fleschKincaidGrade(text);
      expect(grade, `grade ${grade.toFixed(1)}, too hard for age 7 to 9: "${text}"`).toBeLessThanOrEqual(
        CHILD_MAX_GRADE,
      );
    },
  );

  it.each(practiceStrings(youngPersonPractice).map(withDefaults(youngPersonPractice)))(
    `young person: "%s" scores grade ${YOUNG_PERSON_MAX_GRADE} or below`,
    (text) => {
      const grade = fleschKincaidGrade(text);
      expect(grade, `grade ${grade.toFixed(1)}, too hard for age 12 to 17: "${text}"`).toBeLessThanOrEqual(
        YOUNG_PERSON_MAX_GRADE,
      );
    },
  );
});
