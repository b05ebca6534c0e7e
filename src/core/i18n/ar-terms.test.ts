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
});
