import { describe, expect, it } from "vitest";
import { PICTURE_NAMES } from "../../islands/pictures/Picture";
import { CATALOGUES } from "../i18n/catalogue";
import { LANGUAGES } from "../i18n/languages";
import { t } from "../i18n/runtime";
import { fleschKincaidGrade } from "../plans/readability";
import type { Plan } from "../plans/schema";
import { isSentence } from "../plans/sentences";
import { childTemplate } from "../plans/templates";
import {
  callAnswer,
  childPractice,
  fillPlaceholders,
  IDEA_CUES,
  PICTURE_IDEAS,
  type PlanValues,
  PRACTICE_PICTURES,
  PRACTICE_WORDS,
  practiceIn,
  practiceStrings,
  practiceValues,
  READ_ALOUD_WORDS,
  REWARDING_PICTURES,
  STEP_PICTURES,
  valuesFromPlan,
  youngPersonPractice,
} from "./index";
import { callSpeech, feedbackSpeech, menuSpeech, scenarioSpeech, silentCallSpeech } from "./speech";
import type { PracticeSet } from "./types";

/** Every practice set in every language. */
const SETS: Array<[string, PracticeSet]> = LANGUAGES.flatMap((lang) =>
  (["child", "young-person"] as const).map((a): [string, PracticeSet] => [
    `${lang} ${a}`,
    practiceIn(a, CATALOGUES[lang].practice[a]),
  ]),
);

/** The child's answers in different shapes: a preposition first, one word, a capital, a full stop. */
const SHAPES: PlanValues[] = [
  {
    safePlace: "under my bed",
    trustedPerson: "Nan",
    nearestPhone: "my mobile",
    neighbour: "Mrs Patel",
    name: "Sam",
    address: "1 High St",
  },
  { safePlace: "Bedroom", trustedPerson: "Mrs Patel next door", nearestPhone: "the one in the hall." },
  { safePlace: "in the loft.", trustedPerson: "my big sister", name: "Ali Khan", address: "Flat 2, 9 Park Road." },
  { safePlace: "the blue room", trustedPerson: "Mr Ali, my teacher", neighbour: "Bob at number 4." },
  // Urdu answers end with its full stop "۔".
  { safePlace: "میرا کمرہ۔", trustedPerson: "نانی", address: "گھر نمبر 1، پارک روڈ۔" },
  {},
];

/** "Go to under my bed", "tell Nan how you felt", "bed..", a colon left in mid-sentence. */
function oddities(text: string, answers: readonly string[]): string[] {
  const out: string[] = [];
  if (/\b(to|at|from)\s+(under|in|at|on|to|behind|next|by|near|inside)\b/i.test(text))
    out.push("two prepositions together");
  if (/[.,:;،؛۔]\s*[.,:;،؛۔]/.test(text)) out.push("doubled punctuation");
  if (/\s{2,}/.test(text)) out.push("double space");
  if (/[{}]/.test(text)) out.push("a blank left over");
  // After a child's words comes the end of a sentence, never more of it.
  for (const answer of answers) {
    const at = text.indexOf(`: ${answer}`);
    if (at >= 0 && !/^[.!?؟۔।]/.test(text.slice(at + answer.length + 2)))
      out.push(`the sentence goes on after "${answer}"`);
  }
  return out;
}

describe("the child's words in practice", () => {
  it.each(SETS)("%s: every place or person blank ends its sentence", (_name, set) => {
    for (const text of practiceStrings(set)) {
      for (const m of text.matchAll(/\{(safePlace|trustedPerson|nearestPhone|neighbour)\}(.?)/g))
        expect(m[2], `{${m[1]}} in "${text}"`).toMatch(/^[.!?؟۔।]$/);
    }
  });

  it.each(SETS)("%s: every sentence stays a sentence, whatever the answers look like", (_name, set) => {
    const problems: string[] = [];
    for (const values of SHAPES) {
      const filled = practiceValues(set, values);
      for (const text of practiceStrings(set)) {
        const out = fillPlaceholders(text, filled, set.blanks);
        const answers = Object.values(values).map((v) => v.trim().replace(/[.۔]+$/, ""));
        for (const odd of oddities(out, answers)) problems.push(`${odd}: "${out}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps the set's own phrase and adds the child's words after it", () => {
    const filled = practiceValues(childPractice, { safePlace: " under my bed. ", trustedPerson: "Nan" });
    const b = childPractice.blanks;
    expect(fillPlaceholders("Go to {safePlace}.", filled, b)).toBe("Go to your safe place: under my bed.");
    expect(fillPlaceholders("Tell {trustedPerson}.", filled, b)).toBe("Tell a grown-up you trust: Nan.");
    expect(
      fillPlaceholders("Tell {trustedPerson}.", practiceValues(youngPersonPractice, {}), youngPersonPractice.blanks),
    ).toBe("Tell an adult you trust.");
    expect(fillPlaceholders("My name is {name}.", practiceValues(childPractice, { name: "Sam" }), b)).toBe(
      "My name is Sam.",
    );
    // An answer that ends in Arabic punctuation loses it too.
    expect(practiceValues(childPractice, { safePlace: "تحت سريري،" }).safePlace).toBe("your safe place: تحت سريري");
    // And one that ends in the danda (Panjabi's full stop), and an address too.
    expect(practiceValues(childPractice, { safePlace: "ਮੰਜੇ ਹੇਠਾਂ।" }).safePlace).toBe("your safe place: ਮੰਜੇ ਹੇਠਾਂ");
    expect(practiceValues(childPractice, { address: "1 ਹਾਈ ਸਟਰੀਟ।" }).address).toBe("1 ਹਾਈ ਸਟਰੀਟ");
  });
});

describe("the pretend call uses the child's plan", () => {
  const plan = (answers: Plan["answers"], kind: Plan["kind"] = "child"): Plan =>
    ({ id: "p", kind, answers, createdAt: "", updatedAt: "" }) as unknown as Plan;

  it("prefills part 4 with what the child said is happening, and keeps the other parts", () => {
    const values = valuesFromPlan(plan({ "what-is-happening": "  my mum is being   hurt ", "my-name": "Sam" }));
    const [service, name, address, happening, safe] = childPractice.call.steps;
    expect(callAnswer(happening!, values)).toBe("my mum is being hurt");
    expect(callAnswer(name!, values)).toBe("Sam");
    expect(callAnswer(address!, values)).toBeUndefined();
    expect(callAnswer(service!, values)).toBeUndefined();
    expect(callAnswer(safe!, values)).toBeUndefined();
    expect(happening?.prompt).toBe("Someone is getting hurt at my house.");
  });

  it("does the same for a young person", () => {
    const values = valuesFromPlan(plan({ "call-what-is-happening": "Dad is hurting Mum" }, "young-person"));
    expect(callAnswer(youngPersonPractice.call.steps[3]!, values)).toBe("Dad is hurting Mum");
  });
});

describe("the grown-up next door from step 5", () => {
  const plan = (answers: Plan["answers"]): Plan =>
    ({ id: "p", kind: "child", answers, createdAt: "", updatedAt: "" }) as unknown as Plan;
  const goNextDoor = (set: PracticeSet) =>
    set.scenarios.flatMap((s) => s.choices).find((c) => c.id === "hurt-run-next-door")?.label ?? "";

  it.each(LANGUAGES)(
    "%s: the child goes to the grown-up they named, or the set's own words when they named nobody",
    (lang) => {
      const set = practiceIn("child", CATALOGUES[lang].practice.child);
      const named = valuesFromPlan(plan({ "help-from": [{ name: " Mrs Patel ", phone: "", role: "" }] }));
      expect(fillPlaceholders(goNextDoor(set), practiceValues(set, named), set.blanks)).toContain("Mrs Patel");
      // Nothing written in step 5: a whole sentence with no gap, in the language's own words.
      const blank = fillPlaceholders(goNextDoor(set), practiceValues(set, valuesFromPlan(plan({}))), set.blanks);
      expect(blank).not.toMatch(/[{}]|undefined/);
      expect(blank.length).toBeGreaterThan(10);
    },
  );
});

describe("what practice reads aloud", () => {
  const fill = (text: string) => fillPlaceholders(text, practiceValues(childPractice, {}), childPractice.blanks);
  const scenario = childPractice.scenarios[0]!;

  it("reads the feedback with its verdict", () => {
    const safe = scenario.choices.find((c) => c.best)!;
    const notSafe = scenario.choices.find((c) => !c.best)!;
    expect(feedbackSpeech(safe, fill)).toBe(`Safe choice. ${fill(safe.feedback)}`);
    expect(feedbackSpeech(notSafe, fill)).toBe(`Not safe. ${fill(notSafe.feedback)} ${PRACTICE_WORDS.tryAgain}`);
  });

  it("reads the call's opening on its first part, and the 55 box", () => {
    const first = callSpeech(childPractice, 0, fill);
    expect(first).toContain(PRACTICE_WORDS.pretend);
    for (const line of childPractice.call.intro) expect(first).toContain(line);
    expect(first).toContain(`The person on the phone says: ${childPractice.call.steps[0]!.operator}`);
    expect(callSpeech(childPractice, 1, fill)).not.toContain(childPractice.call.intro[0]!);
    const silent = silentCallSpeech(childPractice, fill);
    for (const line of childPractice.call.silentCall) expect(silent).toContain(line);
  });

  it("joins sentences with one full stop each", () => {
    for (const text of [
      menuSpeech(childPractice, fill),
      scenarioSpeech(scenario, fill),
      callSpeech(childPractice, 2, fill),
    ]) {
      expect(text).not.toMatch(/\.\s*\./);
      expect(isSentence(text)).toBe(true);
    }
  });

  it("uses words a child can read: grade 4 or below", () => {
    const words: string[] = [...Object.values(PRACTICE_WORDS), ...Object.values(READ_ALOUD_WORDS)];
    words.push(t("practice.countScenario", { n: 2, total: 6 }), t("practice.countPart", { n: 1, total: 6 }));
    for (const text of words) expect(fleschKincaidGrade(text), `"${text}"`).toBeLessThanOrEqual(4);
  });
});

describe("pictures", () => {
  it("has a drawing for every picture the data may name", () => {
    for (const name of PRACTICE_PICTURES) expect(PICTURE_NAMES, name).toContain(name);
  });

  it("stands for one idea each, and no idea has two pictures", () => {
    const ideas = Object.values(PICTURE_IDEAS);
    expect(ideas.filter((idea, i) => ideas.indexOf(idea) !== i)).toEqual([]);
  });

  it("gives each step of the child's plan its own picture", () => {
    const steps = childTemplate.sections.map((s) => s.id);
    expect(Object.keys(STEP_PICTURES).sort()).toEqual([...steps].sort());
    const pictures = Object.values(STEP_PICTURES);
    expect(pictures.filter((p, i) => pictures.indexOf(p) !== i)).toEqual([]);
  });

  it.each(SETS)("%s: no choice that is not safe carries a rewarding picture", (_name, set) => {
    for (const scenario of set.scenarios)
      for (const choice of scenario.choices)
        if (!choice.best) expect(REWARDING_PICTURES, choice.id).not.toContain(choice.picture);
  });

  it("shows an idea in the child's practice with the same picture as in the child's plan", () => {
    for (const scenario of childPractice.scenarios) {
      for (const choice of scenario.choices) {
        const cue = IDEA_CUES.find(([words]) => words.test(choice.label));
        if (cue) expect(choice.picture, `${choice.id}: "${choice.label}"`).toBe(cue[1]);
      }
    }
    // The plan's steps use those same pictures for those ideas.
    expect(STEP_PICTURES["phone-999"]).toBe("phone");
    expect(STEP_PICTURES["safe-place"]).toBe("house");
    expect(STEP_PICTURES["talk-later"]).toBe("talk");
  });
});
