import { afterEach, describe, expect, it } from "vitest";
import { CATALOGUES } from "../i18n/catalogue";
import { ui } from "../i18n/en/ui";
import type { UiMessages } from "../i18n/keys";
import type { Lang } from "../i18n/languages";
import { setPageMessages } from "../i18n/runtime";
import { UI_PARTS } from "../i18n/ui-parts";
import { allFields } from "./answers";
import { fleschKincaidGrade } from "./readability";
import type { Answer, Person, Place } from "./schema";
import { answerSentence, isSentence, joinSentences, listOf, sectionSpeech, sentenceForm, spokenDay } from "./sentences";
import { type Field, PLAN_KINDS } from "./template";
import { childTemplate, templates } from "./templates/index";

/** Answers of different shapes: a place with a preposition, one word, a capital, a full stop, spaces. */
const TEXTS = [
  "under my bed",
  "Bedroom",
  "the blue room",
  "in the loft.",
  "  next   door at Nan's  ",
  "My mum is being hurt",
  "12 High Street, Leeds LS1 4AB",
];
const NAMES = [["Nan"], ["Mrs Patel next door"], ["Mum", "Mr Ali"], ["my big sister", "Dad", "Miss Green."]];

function samplesFor(field: Field): Answer[] {
  switch (field.type) {
    case "shortText":
    case "longText":
      return TEXTS;
    case "people":
      return NAMES.map((names) => names.map((name): Person => ({ name, phone: "", role: "" })));
    case "places":
      return NAMES.map((names) => names.map((name): Place => ({ name, note: "" })));
    case "date":
    case "reviewDate":
      return ["2027-02-03"];
    case "yesNo":
      return ["yes", "no"];
    case "agree":
      return [true];
    case "choices":
      return [(field.choices ?? []).slice(0, 2).map((c) => c.id)];
    default:
      return [];
  }
}

/** Things that make a sentence odd: "Go to under my bed", "is: Sam", "bed..", double spaces. */
function oddities(sentence: string): string[] {
  const out: string[] = [];
  if (!isSentence(sentence)) out.push("no full stop at the end");
  if (/\s{2,}/.test(sentence)) out.push("double space");
  if (/[.,:;]\s*[.,:;]/.test(sentence)) out.push("doubled punctuation");
  if (/\b(is|are|at|to|from|with|of|the|a|my|and)\s*:/i.test(sentence)) out.push("colon after a small word");
  if (/\b(to|at|on|from|with|go to)\s+(under|in|at|on|to|behind|next|by|near|inside)\b/i.test(sentence))
    out.push("two prepositions running together");
  if (/[{}]/.test(sentence)) out.push("a placeholder left over");
  return out;
}

describe("building sentences", () => {
  it("joins pieces with one full stop each", () => {
    expect(joinSentences(["My name is", " ", undefined, "Hello.", "Where?", "Go  now,"])).toBe(
      "My name is. Hello. Where? Go now.",
    );
    expect(listOf(["Mum"])).toBe("Mum");
    expect(listOf(["Mum", " ", "Nan", "Mr Ali"])).toBe("Mum, Nan and Mr Ali");
    expect(spokenDay("2027-02-03")).toBe("3 February 2027");
    expect(spokenDay("soon")).toBe("soon");
  });

  it.each(PLAN_KINDS)("every %s answer reads as a sentence, whatever its shape", (kind) => {
    const problems: string[] = [];
    for (const { field } of allFields(templates[kind])) {
      for (const sample of samplesFor(field)) {
        const sentence = answerSentence(field, sample);
        if (sentence === undefined) {
          problems.push(`${field.id}: nothing said for ${JSON.stringify(sample)}`);
          continue;
        }
        for (const odd of oddities(sentence)) problems.push(`${field.id}: ${odd} in "${sentence}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(PLAN_KINDS)("every %s person or place field has a short form, and no form ends mid-sentence", (kind) => {
    for (const { field } of allFields(templates[kind])) {
      if (field.type === "people" || field.type === "places") expect(field.sentence, field.id).toBeDefined();
      expect(sentenceForm(field), field.id).not.toMatch(/\b(is|are|at|to|from|with|of|the|a|my|and)$/i);
    }
  });

  it("keeps the child's own words", () => {
    const byId = new Map(allFields(childTemplate).map(({ field }) => [field.id, field]));
    expect(answerSentence(byId.get("my-safe-place")!, " under my bed. ")).toBe("My safe place: under my bed.");
    expect(answerSentence(byId.get("my-name")!, "Sam")).toBe("My name: Sam.");
    expect(
      answerSentence(byId.get("help-from")!, [
        { name: "Mrs Patel", phone: "07700 900456", role: "" },
        { name: "", phone: "07700 900111", role: "" },
        { name: "Nan", phone: "", role: "" },
      ]),
    ).toBe("People who can help me: Mrs Patel and Nan.");
    expect(answerSentence(byId.get("my-name")!, "   ")).toBeUndefined();
    expect(answerSentence(byId.get("my-feelings")!, ["sad", "calm"])).toBe("I feel sad. I feel calm.");
  });
});

describe("what a child's step says", () => {
  const step = (id: string) => childTemplate.sections.find((s) => s.id === id)!;

  it("reads questions and hints, and a label only with its answer", () => {
    const empty = sectionSpeech(step("phone-999"), []);
    expect(empty).toContain("Do you know where the phone is?");
    expect(empty).toContain("Learn your address by heart");
    expect(empty).not.toMatch(/My name is|I live at|What is going on\./);
    const filled = sectionSpeech(step("phone-999"), ["Sam", "1 High Street", "my mum is being hurt"]);
    expect(filled).toContain("My name: Sam. My address: 1 High Street.");
    expect(filled).toContain("What is going on: my mum is being hurt.");
  });

  it("reads a statement to agree with, and the tick when it is ticked", () => {
    expect(sectionSpeech(step("not-my-fault"), [])).toContain("I can't stop it, and it is not my fault.");
    expect(sectionSpeech(step("not-my-fault"), [true])).toContain("I know this.");
  });

  it("reads at grade 4 or below, with the child's answers in", () => {
    for (const section of childTemplate.sections) {
      const answers = section.fields.map((f) => samplesFor(f)[0]);
      const text = sectionSpeech(section, answers);
      for (const odd of oddities(text)) expect.fail(`${section.id}: ${odd} in "${text}"`);
      for (const form of section.fields.map(sentenceForm)) {
        expect(fleschKincaidGrade(form), `"${form}"`).toBeLessThanOrEqual(4);
      }
    }
  });
});

describe("building sentences in the page's language", () => {
  const speak = (lang: Lang) =>
    setPageMessages({ lang, ui: CATALOGUES[lang].ui as UiMessages, parts: UI_PARTS, overrides: {} });
  afterEach(() => setPageMessages({ lang: "en", ui, parts: UI_PARTS, overrides: {} }));

  it("Arabic: ؟ ends a sentence, the Arabic comma does not hang, and names are joined with و", () => {
    speak("ar");
    expect(joinSentences(["ما اسمك؟", "مكاني الآمن: تحت سريري،", "اتصل بالرقم 999"])).toBe(
      "ما اسمك؟ مكاني الآمن: تحت سريري. اتصل بالرقم 999.",
    );
    expect(isSentence("كيف تشعر؟")).toBe(true);
    // Urdu's full stop "۔" ends a sentence too: no "." is added after it.
    expect(isSentence("میں محفوظ ہوں۔")).toBe(true);
    expect(listOf(["أمي", "جدتي", "سام"])).toBe("أمي، جدتي وسام");
    expect(spokenDay("2027-02-03")).toBe("3 فبراير 2027");
  });

  it("Panjabi: the danda (।) ends a sentence, and no full stop is added after it", () => {
    expect(isSentence("ਮੈਂ ਸਹਿਮਤ ਹਾਂ।")).toBe(true);
    expect(joinSentences(["ਮੇਰਾ ਨਾਂ ਸੈਮ ਹੈ।", "ਮੇਰੀ ਸੁਰੱਖਿਅਤ ਥਾਂ: ਮੰਜੇ ਹੇਠਾਂ"])).toBe("ਮੇਰਾ ਨਾਂ ਸੈਮ ਹੈ। ਮੇਰੀ ਸੁਰੱਖਿਅਤ ਥਾਂ: ਮੰਜੇ ਹੇਠਾਂ.");
  });

  it("Welsh: 'a' between names, 'ac' before a vowel, and the Welsh months", () => {
    speak("cy");
    expect(listOf(["Mam", "Nan"])).toBe("Mam a Nan");
    expect(listOf(["Mam", "Nan", "Ali"])).toBe("Mam, Nan ac Ali");
    expect(spokenDay("2027-02-03")).toBe("3 Chwefror 2027");
  });
});
