import { describe, expect, it } from "vitest";
import { CATALOGUES } from "./catalogue";
import { joinPhrases } from "./join";

function wordsOf(lang: "en" | "cy" | "ar") {
  const ui = CATALOGUES[lang].ui as Record<string, string>;
  return {
    between: ui["tailoring.ui.ideas.between"] as string,
    last: ui["tailoring.ui.ideas.and"] as string,
    lastBeforeVowel: ui["tailoring.ui.ideas.andVowel"] as string,
  };
}

describe("joinPhrases", () => {
  it("joins in English with commas and 'and'", () => {
    expect(joinPhrases(["a", "b", "c"], wordsOf("en"))).toBe("a, b and c");
    expect(joinPhrases(["a"], wordsOf("en"))).toBe("a");
    expect(joinPhrases([], wordsOf("en"))).toBe("");
  });

  it("joins in Welsh with 'a', and 'ac' before a vowel", () => {
    const cy = wordsOf("cy");
    expect(joinPhrases(["i chi ddweud X", "bod Y"], cy)).toBe("i chi ddweud X a bod Y");
    expect(joinPhrases(["bod Y", "i chi ddweud X"], cy)).toBe("bod Y ac i chi ddweud X");
  });

  it("joins in Arabic with و on the next word", () => {
    expect(joinPhrases(["قلت X", "قلت Y", "اخترت Z"], wordsOf("ar"))).toBe("قلت X وقلت Y واخترت Z");
  });
});
