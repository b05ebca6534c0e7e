import { readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { CATALOGUES } from "../i18n/catalogue";
import type { UiMessages } from "../i18n/keys";
import { LANGUAGES, type Lang } from "../i18n/languages";
import { setPageMessages, t } from "../i18n/runtime";
import { UI_PARTS } from "../i18n/ui-parts";
import { PLAN_KINDS } from "../plans/template";
import { templates, templatesFor } from "../plans/templates/index";
import { createPrintChoiceStore } from "./choice";
import { formatDate } from "./dates";
import { findRevealing, REVEALING_WORDS, serviceNames, welshForms } from "./revealing";
import { listPrintWords } from "./status-words";
import { createTitleGuard, NEUTRAL_DOCUMENT_TITLE, neutralDocumentTitle } from "./title";
import { discreetStrings, NORMAL_WORDS, numberLine, printWords } from "./wording";

/** Sets a page's words, as a page in that language would; English again after each test. */
const speak = (lang: Lang) =>
  setPageMessages({ lang, ui: CATALOGUES[lang].ui as UiMessages, parts: UI_PARTS, overrides: {} });
afterEach(() => speak("en"));

/** A key standing in for a plan's words that are not translated yet: not words on paper. */
const isKey = (text: string) => /^[a-z-]+(\.[a-z0-9-]+)+$/i.test(text);

describe("findRevealing", () => {
  it("finds the words of the issue's list, whatever the case or line breaks", () => {
    expect(findRevealing("My Safety\nPlan")).toEqual(["safety plan", "safety"]);
    expect(findRevealing("Getting ready to LEAVE")).toEqual(["leave"]);
    expect(findRevealing("My code-word")).toEqual(["code word"]);
    expect(findRevealing("Call the police")).toEqual(["police"]);
    for (const word of ["abuse", "violence", "leaving", "refuge"]) expect(findRevealing(`x ${word} y`)).toContain(word);
  });

  it("finds the helplines by name", () => {
    const names = serviceNames();
    expect(names).toEqual(
      expect.arrayContaining(["Childline", "Galop", "National LGBT+ Domestic Abuse Helpline", "Live Fear Free"]),
    );
    expect(names).not.toContain("Wales");
    expect(findRevealing("Live Fear Free 0808 80 10 800")).toContain("Live Fear Free");
    expect(findRevealing("Karma\nNirvana")).toContain("Karma Nirvana");
  });

  it("finds the ideas a found note would give away, not only their plainest words", () => {
    // Leaving and escape, hiding, danger and fear, the police and the courts, the abuser nearby.
    for (const hint of [
      "Ways out of the house",
      "Tried the way out",
      "Dial 141 first",
      "People to call on a bad day",
      "At the same address now",
      "Somewhere to hide",
      "If I am in danger",
      "What I am afraid of",
      "The court order",
      "An injunction",
      "Call the police",
      "Flee",
    ])
      expect(findRevealing(hint), hint).not.toEqual([]);
    for (const [lang, hints] of [
      [
        "cy",
        [
          "Ffyrdd allan o'r tŷ",
          "Rhywle i guddio",
          "Os wyf mewn perygl",
          "Beth sy'n codi ofn",
          "Y llys",
          "Ffonio 141 yn gyntaf",
          "Diwrnod gwael",
        ],
      ],
      [
        "ar",
        [
          "طرق الخروج من البيت",
          "مكان للاختباء",
          "إذا كنت في خطر",
          "ما أخاف منه",
          "المحكمة",
          "اطلب 141 أولا",
          "يوم سيئ",
          "في نفس العنوان",
        ],
      ],
    ] as const)
      for (const hint of hints) expect(findRevealing(hint, [], lang), `${lang}: ${hint}`).not.toEqual([]);
  });

  it("does not find words inside other words, and takes extra names", () => {
    expect(findRevealing("A sleeve, a policeman's hat")).toEqual(["police"]);
    expect(findRevealing("A sleeve and some notes")).toEqual([]);
    expect(findRevealing("Brightside Women's Aid 01234", ["Brightside Women's Aid"])).toEqual([
      "Brightside Women's Aid",
    ]);
  });

  it("keeps one list, which the normal wording would break", () => {
    expect(REVEALING_WORDS.en.length).toBeGreaterThan(8);
    const normal = PLAN_KINDS.flatMap((kind) => [
      templates[kind].title,
      ...templates[kind].sections.flatMap((s) => [s.title, ...s.fields.map((f) => f.label)]),
    ]).join("\n");
    expect(findRevealing(normal)).toEqual(expect.arrayContaining(["code word", "leave", "violence", "police"]));
  });
});

describe("findRevealing and the silent call", () => {
  // "Press 55 when asked", looked up, names the police's silent 999 call: on any paper.
  it("finds 55 as a number of its own, not inside another", () => {
    expect(findRevealing("Press 55 when asked")).toEqual(["55"]);
    expect(findRevealing("اضغط 55 عند الطلب", [], "ar")).toContain("55");
    expect(findRevealing("07700 900555, 2055")).toEqual([]);
  });
});

describe("findRevealing in Welsh and Arabic", () => {
  it("finds Welsh words in their mutated forms, with or without accents and hyphens", () => {
    expect(welshForms("trais")).toEqual(["trais", "drais", "nhrais", "thrais"]);
    expect(findRevealing("Ei drais", [], "cy")).toEqual(["trais"]);
    expect(findRevealing("Fy nghynllun diogelwch", [], "cy")).toEqual(
      expect.arrayContaining(["cynllun diogelwch", "diogelwch"]),
    );
    expect(findRevealing("Cam drin domestig", [], "cy")).toEqual(expect.arrayContaining(["cam-drin", "domestig"]));
    expect(findRevealing("camdriniaeth", [], "cy")).toContain("camdriniaeth");
    expect(findRevealing("Y loches", [], "cy")).toEqual(["lloches"]);
    expect(findRevealing("Ein gair côd", [], "cy")).toEqual(["gair cod"]);
    expect(findRevealing("Cyn i mi adael", [], "cy")).toEqual(["gadael"]);
    expect(findRevealing("Nodiadau, Pobl, Rhifau, Fy rhifau", [], "cy")).toEqual([]);
  });

  it("finds Arabic words with the article, joined prepositions and vowel marks", () => {
    expect(findRevealing("العنف", [], "ar")).toEqual(["عنف"]);
    expect(findRevealing("وبالعُنف", [], "ar")).toEqual(["عنف"]);
    expect(findRevealing("الإساءة", [], "ar")).toContain("إساءة");
    expect(findRevealing("الاساءة", [], "ar")).toContain("إساءة");
    expect(findRevealing("خطة الأمان", [], "ar")).toEqual(["خطة الأمان"]);
    expect(findRevealing("إلى الملجأ", [], "ar")).toContain("ملجأ");
    expect(findRevealing("اتصل بالشرطة", [], "ar")).toContain("شرطة");
    expect(findRevealing("ملاحظات، أشخاص، أرقامي", [], "ar")).toEqual([]);
  });

  it("checks a Welsh or Arabic paper for the English words and the services' names too", () => {
    expect(findRevealing("Ffoniwch y police", [], "cy")).toEqual(["police"]);
    expect(findRevealing("Childline 0800 1111", [], "ar")).toContain("Childline");
    expect(findRevealing("Live Fear Free", [], "cy")).toContain("Live Fear Free");
  });

  it("keeps English papers to the English list", () => {
    expect(findRevealing("trais", [], "en")).toEqual([]);
    expect(findRevealing("trais")).toEqual([]);
  });
});

describe("discreet wording", () => {
  it.each(PLAN_KINDS)("the %s printout's discreet words reveal nothing", (kind) => {
    const found = discreetStrings(templates[kind]).flatMap((text) =>
      findRevealing(text).map((word) => `"${word}" in "${text}"`),
    );
    expect(found).toEqual([]);
  });

  it.each(PLAN_KINDS)("every %s section and field has its own neutral print wording", (kind) => {
    for (const section of templates[kind].sections) {
      expect(section.printTitle.trim(), section.id).not.toBe("");
      for (const field of section.fields) expect(field.printLabel.trim(), field.id).not.toBe("");
    }
  });

  for (const lang of LANGUAGES.filter((l) => l !== "en")) {
    it.each(PLAN_KINDS)(`the %s printout's discreet words reveal nothing in ${lang}`, (kind) => {
      speak(lang);
      const template = templatesFor(lang, {})[kind];
      const found = discreetStrings(template)
        .filter((text) => !isKey(text))
        .flatMap((text) => findRevealing(text, [], lang).map((word) => `"${word}" in "${text}"`));
      expect(found).toEqual([]);
    });
  }

  // A statement ticked on discreet paper is only a reminder if it says which one it was: six
  // young person's statements all printed as "Something I agree with".
  for (const lang of LANGUAGES)
    it.each(PLAN_KINDS)(`the %s printout's statements each have their own discreet words in ${lang}`, (kind) => {
      const labels = templatesFor(lang, {})
        [kind].sections.flatMap((s) => s.fields)
        .filter((f) => f.type === "agree")
        .map((f) => f.printLabel);
      expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
    });

  it("has no closing line about safety and plain column headings", () => {
    expect(printWords(true).closing).toBeUndefined();
    expect(NORMAL_WORDS.closing).toMatch(/cannot guarantee safety/);
    expect(printWords(false)).toEqual(NORMAL_WORDS);
  });

  it("names a checklist item's status in a list's plain words, not as packing to go", () => {
    for (const lang of LANGUAGES) {
      speak(lang);
      const plain = listPrintWords(t, true).statuses;
      const normal = listPrintWords(t, false).statuses;
      expect(plain.packed, lang).not.toBe(normal.packed);
      expect(plain["with-someone"], lang).not.toBe(normal["with-someone"]);
      expect(new Set(Object.values(plain)).size, lang).toBe(4);
    }
    speak("en");
    expect(listPrintWords(t, true).statuses).toEqual({
      packed: "Ready",
      "with-someone": "Elsewhere",
      "need-to-get": "Need to get",
      "not-needed": "Not needed",
    });
  });

  it("is in the page's language", () => {
    speak("cy");
    expect(printWords(true).people.role).toBe("Nodiadau");
    expect(printWords(false).closing).toContain("999");
    speak("ar");
    expect(printWords(true).cardTitle).toBe("أرقامي");
  });

  it("prints numbers without the services' names, under the person's labels if any", () => {
    const entry = {
      name: "National Domestic Abuse Helpline",
      ownName: true,
      phone: "0808 2000 247",
      note: "Open all the time.",
    };
    expect(numberLine(entry, false, {})).toEqual(entry);
    expect(numberLine(entry, true, {})).toEqual({ name: "", ownName: false, phone: "0808 2000 247", note: "" });
    // The person's own label is not a service's name.
    expect(numberLine(entry, true, { "0808 2000 247": " Aunt Jo " })).toEqual({
      name: "Aunt Jo",
      ownName: false,
      phone: "0808 2000 247",
      note: "",
    });
  });
});

describe("the print choice", () => {
  it("is one value that every reader sees change, and forgets on reset", () => {
    const store = createPrintChoiceStore();
    const seen: boolean[] = [];
    const stop = store.subscribe((c) => seen.push(c.discreet));
    store.setDiscreet(true);
    store.setDiscreet(true);
    store.setLabel("999", "Emergency");
    store.setLabel("0800 1111", "  ");
    expect(store.get()).toEqual({ discreet: true, labels: { "999": "Emergency" } });
    store.setLabel("999", "");
    expect(store.get().labels).toEqual({});
    stop();
    store.reset();
    expect(store.get().discreet).toBe(false);
    expect(seen).toEqual([true, true, true]);
  });

  it("limits a label's length", () => {
    const store = createPrintChoiceStore();
    store.setLabel("999", "x".repeat(100));
    expect(store.get().labels["999"]).toHaveLength(40);
  });

  it("is never written anywhere: the print module touches no storage", () => {
    const dir = new URL("./", import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))) {
      const source = readFileSync(new URL(file, dir), "utf8");
      expect(source, file).not.toMatch(/localStorage|sessionStorage|indexedDB|idb-keyval|document\.cookie|storage\//);
    }
  });
});

describe("createTitleGuard", () => {
  it("swaps in the neutral title and puts the first one back", () => {
    const doc = { title: "My plan – Planner" };
    const guard = createTitleGuard(doc);
    guard.neutral();
    guard.neutral();
    expect(doc.title).toBe(NEUTRAL_DOCUMENT_TITLE);
    expect(guard.holding).toBe(true);
    guard.restore();
    expect(doc.title).toBe("My plan – Planner");
    guard.restore();
    expect(doc.title).toBe("My plan – Planner");
  });

  it("is neutral itself, in every language", () => {
    expect(findRevealing(NEUTRAL_DOCUMENT_TITLE)).toEqual([]);
    for (const lang of LANGUAGES) {
      speak(lang);
      expect(findRevealing(neutralDocumentTitle(), [], lang), lang).toEqual([]);
    }
    // The title follows the page's language (Arabic here, whichever language the loop ended on).
    speak("ar");
    expect(neutralDocumentTitle()).toBe("ملاحظات");
  });

  it("is read in the page's language when it is used", () => {
    const doc = { title: "Fy nghynllun – Planner" };
    const guard = createTitleGuard(doc);
    speak("cy");
    guard.neutral();
    expect(doc.title).toBe("Nodiadau");
    guard.restore();
    expect(doc.title).toBe("Fy nghynllun – Planner");
  });
});

describe("formatDate", () => {
  it("writes a plan's date as the language does, in Western digits", () => {
    expect(formatDate("2027-03-10", "en")).toBe("10/03/2027");
    expect(formatDate("2027-03-10", "cy")).toBe("10/03/2027");
    expect(formatDate("2027-03-10", "ar").replace(/\u200f/g, "")).toBe("10/03/2027");
    expect(formatDate("2027-03-10")).toBe("10/03/2027");
  });

  it("shows anything else as it is", () => {
    expect(formatDate("not a date")).toBe("not a date");
    expect(formatDate("2027-02-30")).toBe("2027-02-30");
  });
});
