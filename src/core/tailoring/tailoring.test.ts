import fc from "fast-check";
import { describe, expect, it } from "vitest";
import verified from "../config/verified-numbers.json";
import { CATALOGUES } from "../i18n/catalogue";
import { tailoring as en } from "../i18n/en/ui/tailoring";
import { LANGUAGES } from "../i18n/languages";
import { findRevealing } from "../print/revealing";
import { addOwn, drop, editOwn, keep, NO_STRATEGIES, removeOwn, setNote, strategiesView, undecide } from "./choices";
import { DEVICE_QUESTIONS, worries } from "./device";
import { goNow, TAKE_DEFAULTS } from "./go-now";
import {
  movePriority,
  NO_PRIORITIES,
  PRIORITIES,
  type PriorityAnswer,
  type PriorityId,
  readPriorities,
  setPriority,
} from "./priorities";
import { recommend, TOP_PRIORITIES } from "./recommend";
import { adviceFor, DANGER_SIGNS } from "./signs";
import {
  declineQuestion,
  NO_SITUATION,
  readSituation,
  SITUATION_QUESTIONS,
  SITUATIONS,
  type SituationAnswer,
  type SituationId,
  toggleOption,
} from "./situations";
import { CATEGORIES, STRATEGIES } from "./strategies";

const words: Record<string, unknown> = en;
const picked = (...ids: SituationId[]): SituationAnswer => ({ picked: ids, declined: [] });
const ids = (answer: SituationAnswer, priorities: PriorityAnswer = NO_PRIORITIES) =>
  recommend(answer, priorities).map((s) => s.strategy.id);

describe("the library of strategies", () => {
  it("holds at least 60 strategies in at least 10 categories, with unique ids", () => {
    expect(STRATEGIES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(STRATEGIES.map((s) => s.category)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(STRATEGIES.map((s) => s.id)).size).toBe(STRATEGIES.length);
  });

  it("uses every category, and every strategy's category is a known one", () => {
    for (const c of CATEGORIES)
      expect(
        STRATEGIES.some((s) => s.category === c),
        c,
      ).toBe(true);
  });

  it("covers the modules the plan must have", () => {
    for (const c of [
      "money",
      "pets",
      "immigration",
      "children",
      "health-care",
      "technology",
      "honour",
      "after-leaving",
      "first-hours",
    ]) {
      expect(STRATEGIES.filter((s) => s.category === c).length, c).toBeGreaterThanOrEqual(3);
    }
  });

  it("points only to services on the verified list (or the nation's own helpline)", () => {
    const known = new Set(verified.numbers.map((n) => n.id));
    for (const s of STRATEGIES)
      if (s.service && s.service !== "helpline") expect(known.has(s.service), s.id).toBe(true);
  });

  it("has every strategy reachable from some answers", () => {
    for (const s of STRATEGIES) expect(ids(picked(...s.for)), s.id).toContain(s.id);
  });
});

describe("the rules", () => {
  it("suggests at least three strategies for every situation", () => {
    for (const situation of SITUATIONS) expect(ids(picked(situation)).length, situation).toBeGreaterThanOrEqual(3);
  });

  it("never suggests a strategy without a reason that is true of the answers", () => {
    const answers = fc.record({
      situations: fc.subarray([...SITUATIONS]),
      order: fc.shuffledSubarray([...PRIORITIES]),
    });
    fc.assert(
      fc.property(answers, ({ situations, order }) => {
        for (const s of recommend(picked(...situations), { order, own: "" })) {
          expect(s.reasons.length).toBeGreaterThan(0);
          for (const r of s.reasons) {
            if (r.kind === "situation") expect(situations).toContain(r.id);
            else expect(order.slice(0, TOP_PRIORITIES)).toContain(r.id);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("suggests nothing to a person who has answered nothing", () => {
    expect(recommend(NO_SITUATION, NO_PRIORITIES)).toEqual([]);
  });

  it("suggests only the core strategies for a priority alone", () => {
    const found = recommend(NO_SITUATION, { order: ["privacy"], own: "" });
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s.strategy.core, s.strategy.id).toBe(true);
  });

  it("does not suggest for a priority the person placed below their first three", () => {
    const order = ["children", "money-home", "own-safety", "privacy"] as const;
    const reasons = recommend(NO_SITUATION, { order: [...order], own: "" }).flatMap((s) => s.reasons);
    expect(reasons.some((r) => r.kind === "priority" && r.id === "privacy")).toBe(false);
  });

  it("gives a person with a dog and a partner visa pet and immigration strategies, each with its reason", () => {
    const found = recommend(picked("pets", "partner-visa"), NO_PRIORITIES);
    const pets = found.filter((s) => s.strategy.category === "pets");
    const visa = found.filter((s) => s.strategy.category === "immigration");
    expect(pets.length).toBeGreaterThanOrEqual(3);
    expect(visa.length).toBeGreaterThanOrEqual(3);
    for (const s of pets) expect(s.reasons).toContainEqual({ kind: "situation", id: "pets" });
    for (const s of visa) expect(s.reasons).toContainEqual({ kind: "situation", id: "partner-visa" });
    expect(visa.map((s) => s.strategy.id)).toContain("abuse-concession");
  });

  it("shows each situation's best ideas in the first five, not one subject's many", () => {
    const first = recommend(picked("pets", "partner-visa"), { order: ["own-safety"], own: "" }).slice(0, 5);
    const categories = first.map((s) => s.strategy.category);
    expect(categories.filter((c) => c === "immigration").length).toBeGreaterThanOrEqual(2);
    expect(categories.filter((c) => c === "pets").length).toBeGreaterThanOrEqual(2);
  });

  it("suggests only ideas about pets for a pet alone: no idea whose words are about something else", () => {
    const found = recommend(picked("pets"), NO_PRIORITIES);
    for (const s of found) expect(s.strategy.category, s.strategy.id).toBe("pets");
  });

  it("puts what serves the person's first priority first", () => {
    const answer = picked("child-5-11", "money-controlled");
    const serves = (order: PriorityId[]) =>
      recommend(answer, { order, own: "" })
        .slice(0, 4)
        .map((s) => s.strategy.serves);
    // The situations take turns; the first priority's ideas lead each turn.
    const childrenFirst = serves(["children", "money-home"]);
    const moneyFirst = serves(["money-home", "children"]);
    expect(childrenFirst[0]).toContain("children");
    expect(childrenFirst[2]).toContain("children");
    expect(moneyFirst[0]).toContain("money-home");
    expect(moneyFirst[2]).toContain("money-home");
  });
});

describe("what applies to me", () => {
  it("forgets a question's options when the person would rather not say", () => {
    const a = toggleOption(toggleOption(NO_SITUATION, "pets", true), "child-5-11", true);
    const b = declineQuestion(a, "children", true);
    expect(b.picked).toEqual(["pets"]);
    expect(b.declined).toEqual(["children"]);
  });

  it('takes back "rather not say" when the person ticks an option of that question', () => {
    const a = declineQuestion(NO_SITUATION, "children", true);
    expect(toggleOption(a, "child-12-17", true)).toEqual({ picked: ["child-12-17"], declined: [] });
  });

  it("reads a kept answer leniently, dropping unknown ids and repeats", () => {
    expect(readSituation({ picked: ["pets", "pets", "dragons", 3], declined: ["money", "nope"] })).toEqual({
      picked: ["pets"],
      declined: ["money"],
    });
    expect(readSituation("junk")).toEqual(NO_SITUATION);
  });
});

describe("my priorities", () => {
  it("moves a priority up and down, within the list", () => {
    const a = { order: ["own-safety", "children", "privacy"] as const, own: "" };
    expect(movePriority({ ...a, order: [...a.order] }, "privacy", -1).order).toEqual([
      "own-safety",
      "privacy",
      "children",
    ]);
    expect(movePriority({ ...a, order: [...a.order] }, "own-safety", -1).order).toEqual([
      "own-safety",
      "children",
      "privacy",
    ]);
  });

  it("adds and removes a priority", () => {
    const a = setPriority(NO_PRIORITIES, "children", true);
    expect(setPriority(a, "privacy", true).order).toEqual(["children", "privacy"]);
    expect(setPriority(a, "children", false).order).toEqual([]);
  });

  it("reads a kept answer leniently", () => {
    expect(readPriorities({ order: ["children", "x", "children"], own: 5 })).toEqual({ order: ["children"], own: "" });
  });
});

describe("signs of danger", () => {
  it("gives no advice and no score when no sign is recognised", () => {
    expect(adviceFor([])).toEqual([]);
  });

  it("puts 999 and 55 first for any sign, and each piece of advice once", () => {
    for (const sign of DANGER_SIGNS) {
      const advice = adviceFor([sign.id]);
      expect(advice.slice(0, 2)).toEqual(["phone-999", "silent-call"]);
      expect(new Set(advice).size).toBe(advice.length);
    }
  });

  it("says what an IDVA and a MARAC are for the signs of high risk", () => {
    expect(adviceFor(["strangled"])).toEqual(expect.arrayContaining(["idva", "marac"]));
  });
});

describe("is this device safe?", () => {
  it("asks at most ten questions", () => {
    expect(DEVICE_QUESTIONS.length).toBeLessThanOrEqual(10);
  });

  it("counts yes and not sure as worries, in the order asked", () => {
    expect(worries({ "smart-home": "not-sure", "others-unlock": "yes", "browser-sync": "no" })).toEqual([
      "others-unlock",
      "smart-home",
    ]);
  });
});

describe("if I need to go now", () => {
  const plan = (kind: "adult" | "checklist", answers: Record<string, unknown>) =>
    ({ kind, answers }) as unknown as Parameters<typeof goNow>[0][number];

  it("is empty for a person who has written nothing", () => {
    expect(goNow([]).empty).toBe(true);
  });

  it("uses the person's places, people (once each), code word and packed things", () => {
    const g = goNow([
      plan("adult", {
        "places-to-go": [{ name: "Sam's flat", note: "" }],
        "people-who-would-call": [{ name: "Sam", phone: "07700 900123", role: "" }],
        "code-word-people": [{ name: "sam", phone: "07700900123", role: "" }],
        "code-word": "pineapple",
      }),
      plan("checklist", {
        "documents-list": {
          items: { passports: { status: "with-someone", note: "at Sam's" }, bills: { status: "need-to-get" } },
          custom: [],
          removed: [],
        },
      }),
    ]);
    expect(g.empty).toBe(false);
    expect(g.places.map((p) => p.name)).toEqual(["Sam's flat"]);
    expect(g.people).toHaveLength(1);
    expect(g.codeWord).toBe("pineapple");
    expect(g.take).toEqual([{ id: "passports", note: "at Sam's" }]);
  });
});

describe("the words", () => {
  const has = (key: string) => expect(words[key], key).toBeDefined();

  it("has every question, option and reason", () => {
    for (const q of SITUATION_QUESTIONS) {
      has(`tailoring.situation.${q.id}.title`);
      for (const o of q.options) {
        has(`tailoring.situation.${o}.label`);
        has(`tailoring.reason.situation.${o}`);
      }
    }
    for (const p of PRIORITIES) {
      has(`tailoring.priority.${p}.label`);
      has(`tailoring.reason.priority.${p}`);
    }
    for (const c of CATEGORIES) has(`tailoring.category.${c}.title`);
  });

  it("has every strategy's title, what, why, steps and print words", () => {
    for (const s of STRATEGIES) {
      for (const part of ["title", "what", "why", "printLabel"]) has(`tailoring.strategy.${s.id}.${part}`);
      expect(Array.isArray(words[`tailoring.strategy.${s.id}.how`]), s.id).toBe(true);
    }
  });

  it("has every sign, piece of advice and device question", () => {
    for (const s of DANGER_SIGNS) {
      has(`tailoring.sign.${s.id}.label`);
      has(`tailoring.sign.${s.id}.flag`);
      for (const a of s.advice) has(`tailoring.advice.${a}.title`);
    }
    for (const q of DEVICE_QUESTIONS) {
      has(`tailoring.device.${q}.question`);
      has(`tailoring.device.${q}.todo`);
    }
  });

  it.each(LANGUAGES)("keeps every strategy's discreet print words free of revealing words (%s)", (lang) => {
    const own = CATALOGUES[lang].ui as Record<string, unknown>;
    for (const s of STRATEGIES) {
      const label = own[`tailoring.strategy.${s.id}.printLabel`] as string;
      expect(findRevealing(label, [], lang), `${s.id}: ${label}`).toEqual([]);
    }
  });

  it.each(LANGUAGES)("names each panel with the words of the button that opens it (%s)", (lang) => {
    const own = CATALOGUES[lang].ui as Record<string, unknown>;
    for (const panel of ["goNow", "signs", "device"]) {
      expect(own[`tailoring.ui.${panel}.title`], panel).toEqual(expect.any(String));
      expect(own[`editor.tailor.${panel}`], panel).toBe(own[`tailoring.ui.${panel}.title`]);
    }
  });

  it("has no key that nothing uses", () => {
    const used = new Set<string>();
    for (const q of SITUATION_QUESTIONS) {
      used.add(`tailoring.situation.${q.id}.title`).add(`tailoring.situation.${q.id}.hint`);
      for (const o of q.options) used.add(`tailoring.situation.${o}.label`).add(`tailoring.reason.situation.${o}`);
    }
    for (const p of PRIORITIES)
      used
        .add(`tailoring.priority.${p}.label`)
        .add(`tailoring.priority.${p}.hint`)
        .add(`tailoring.reason.priority.${p}`);
    for (const c of CATEGORIES) used.add(`tailoring.category.${c}.title`);
    for (const s of STRATEGIES)
      for (const part of ["title", "what", "why", "how", "printLabel"]) used.add(`tailoring.strategy.${s.id}.${part}`);
    for (const s of DANGER_SIGNS) used.add(`tailoring.sign.${s.id}.label`).add(`tailoring.sign.${s.id}.flag`);
    for (const a of new Set(DANGER_SIGNS.flatMap((s) => s.advice)))
      used.add(`tailoring.advice.${a}.title`).add(`tailoring.advice.${a}.text`);
    for (const q of DEVICE_QUESTIONS) used.add(`tailoring.device.${q}.question`).add(`tailoring.device.${q}.todo`);
    for (const k of TAKE_DEFAULTS) used.add(`tailoring.goNow.take.${k}`);
    const unused = Object.keys(words).filter(
      // Screen words (tailoring.ui.*) are used by name: catalogue.test.ts checks them.
      (k) => !used.has(k) && !k.startsWith("tailoring.ui.") && !k.startsWith("tailoring.device.answer."),
    );
    expect(unused).toEqual([]);
  });
});

describe("the person's choices among the strategies", () => {
  const pets = { picked: ["pets"], declined: [] };

  it("moves a kept strategy out of the suggestions and into the plan, with its reason", () => {
    const answer = keep(NO_STRATEGIES, "pet-fostering");
    const view = strategiesView(pets, undefined, answer);
    expect(view.suggested.map((s) => s.strategy.id)).not.toContain("pet-fostering");
    expect(view.kept.map((k) => k.strategy.id)).toEqual(["pet-fostering"]);
    expect(view.kept[0]?.suggestion?.reasons).toContainEqual({ kind: "situation", id: "pets" });
  });

  it("keeps a kept strategy when the answers that suggested it change", () => {
    const answer = setNote(keep(NO_STRATEGIES, "pet-fostering"), "pet-fostering", "Ask Jo about Rex");
    const view = strategiesView(NO_SITUATION, undefined, answer);
    expect(view.kept.map((k) => [k.strategy.id, k.note])).toEqual([["pet-fostering", "Ask Jo about Rex"]]);
    expect(view.kept[0]?.suggestion).toBeUndefined();
  });

  it("stops suggesting a strategy the person says is not for them, until they take it back", () => {
    const dropped = drop(keep(NO_STRATEGIES, "pet-papers"), "pet-papers");
    expect(dropped.kept).toEqual([]);
    expect(strategiesView(pets, undefined, dropped).suggested.map((s) => s.strategy.id)).not.toContain("pet-papers");
    const back = undecide(dropped, "pet-papers");
    expect(strategiesView(pets, undefined, back).suggested.map((s) => s.strategy.id)).toContain("pet-papers");
  });

  it("adds, edits and removes the person's own strategies with ids that never repeat", () => {
    let a = addOwn(addOwn(NO_STRATEGIES));
    a = removeOwn(a, "own-1");
    a = addOwn(a);
    expect(a.own.map((o) => o.id)).toEqual(["own-2", "own-3"]);
    expect(editOwn(a, "own-3", { title: "Spare key at work" }).own[1]?.title).toBe("Spare key at work");
  });
});
