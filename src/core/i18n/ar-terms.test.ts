import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogue";
import { flatten } from "./parts";

/** Every Arabic sentence of the site, as one list of strings. */
function arabicTexts(): string[] {
  const all = flatten(CATALOGUES.ar as never) as Record<string, unknown>;
  return Object.values(all).flatMap((v) =>
    typeof v === "string" ? [v] : Array.isArray(v) ? (v as string[]) : Object.values(v as object),
  );
}

describe("Arabic wording", () => {
  it("uses one term for a support worker (docs/translations.md)", () => {
    const texts = arabicTexts();
    expect(texts.filter((t) => /عامل(ة)? الدعم|لعامل الدعم/.test(t))).toEqual([]);
    expect(texts.some((t) => t.includes("مرشد الدعم"))).toBe(true);
  });

  // docs/translations.md, "Voice and register": the sentences every visitor meets use wordings
  // that fit a woman or a man alike (verbal nouns, the passive, "يمكن"), not the masculine only.
  it("addresses the reader without gender in the home page's opening and the quick exit notice", () => {
    const all = flatten(CATALOGUES.ar as never) as Record<string, unknown>;
    const mostSeen = [
      "home.heading",
      "home.lead",
      "home.chooseStart",
      "home.notYourFault",
      "quickExit.notice",
      "quickExit.noticeDismiss",
    ];
    // Words whose written form says "you, a man": imperatives and verbs or adjectives for "you".
    const masculineOnly = /(^|[\s،؛(«*])(اختر|أخفِ|اضغط|ضع|فكّر|لتغادر|تبقى|تفعل|احتجت|أردت|مضطرًا|ستكون)(?=[\s،؛.)»*]|$)/;
    for (const key of mostSeen) {
      const text = all[key];
      expect(typeof text, key).toBe("string");
      expect(String(text), key).not.toMatch(masculineOnly);
    }
  });

  // The answers a person picks about themselves ("I am not sure", "I am ...") say nothing of
  // their gender: a woman should not have to call herself "متأكدًا" to tick it. Only the
  // answers that are about a man or a pregnancy may be gendered.
  it("gives the reader's own answers about themselves in words that fit a woman or a man", () => {
    const all = flatten(CATALOGUES.ar as never) as Record<string, unknown>;
    const ownAnswers = Object.keys(all).filter(
      (key) =>
        /^tailoring\.(situation|sign)\.[^.]+\.label$|^tailoring\.device\.answer\.|^tailoring\.ui\.ratherNotSay$/.test(
          key,
        ) && !/\.(man|pregnant|baby-under-one|pregnant-or-baby)\.label$/.test(key),
    );
    expect(ownAnswers.length).toBeGreaterThan(30);
    const masculineSelf = /متأكدًا|مضطرًا|خائفًا|قلقًا|وحيدًا|مزدوج الميل|عابر جنسيًا/;
    expect(ownAnswers.filter((key) => masculineSelf.test(String(all[key])))).toEqual([]);
  });

  // An English name of several words in brackets, inside Arabic, can wrap: the bidi algorithm
  // then turns its brackets the wrong way round on each line, "(no recourse to" / "(public funds".
  // An isolate (U+2066 … U+2069) keeps the bracketed English one left-to-right run.
  it("isolates a bracketed English name of several words, so its brackets stay the right way round", () => {
    const loose = arabicTexts().flatMap((t) =>
      [...t.matchAll(/(.)?\(([A-Za-z][A-Za-z0-9 .&'’-]* [A-Za-z0-9 .&'’-]+)\)(.)?/g)]
        .filter((m) => m[1] !== "\u2066" || m[3] !== "\u2069")
        .map((m) => m[2]),
    );
    expect(loose).toEqual([]);
  });

  // A dual imperative ("اتفقا", "you two, agree") speaks to two readers; the plan has one.
  it("speaks to one reader, not two (no dual imperative)", () => {
    expect(arabicTexts().filter((t) => /(^|[\s«])(اتفقا|اصنعا|تدرّبا|اكتبا)(?=[\s،.]|$)/.test(t))).toEqual([]);
  });
});
