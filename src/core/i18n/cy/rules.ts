import type { LanguageRules } from "../rules";

/** Welsh initial mutations of a word's first letters: soft, nasal and aspirate, and h- before a vowel. */
const MUTATIONS: readonly (readonly [string, readonly string[]])[] = [
  ["ll", ["l"]],
  ["rh", ["r"]],
  ["c", ["g", "ngh", "ch"]],
  ["p", ["b", "mh", "ph"]],
  ["t", ["d", "nh", "th"]],
  ["g", ["", "ng"]],
  ["b", ["f", "m"]],
  ["d", ["dd", "n"]],
  ["m", ["f"]],
];

/** A Welsh word and its mutated forms: "trais", "drais", "nhrais", "thrais". */
export function welshForms(word: string): string[] {
  const forms = new Set([word]);
  const mutation = MUTATIONS.find(([radical]) => word.startsWith(radical));
  if (mutation) for (const start of mutation[1]) forms.add(start + word.slice(mutation[0].length));
  else if (/^[aeiouwyâêîôûŵŷ]/.test(word)) forms.add(`h${word}`);
  return [...forms];
}

export const rules: LanguageRules = {
  revealing: [
    "cam-drin",
    "camdriniaeth",
    "camdriniol",
    "trais",
    "treisgar",
    "domestig",
    "cynllun diogelwch",
    "diogelwch",
    "gadael",
    "dianc",
    "ffoi",
    "lloches",
    "gair cod",
    "heddlu",
    "llinell gymorth",
    "ffordd allan",
    "ffyrdd allan",
    "cuddio",
    "cudd",
    "cyfrinach",
    "141",
    "perygl",
    "peryglus",
    "ofn",
    "ofnus",
    "bygythiad",
    "brifo",
    "niwed",
    "diwrnod gwael",
    "yr un cyfeiriad",
    "llys",
    "gwaharddeb",
    "cyfreithiwr",
  ],
  forms: welshForms,
  // Welsh words run longer (mutations and endings: "ddiogelwch", "ymddiried"), and a Welsh
  // sentence has a few more words ("yn", "i'r", "ei" stand alone).
  readingLimits: {
    child: { sentenceWords: 18, wordLetters: 11, meanWordLetters: 5.5 },
    "young-person": { sentenceWords: 30, wordLetters: 14, meanWordLetters: 6.5 },
    // Adults: the English limits, allowing for Welsh taking a few more and longer words to say the
    // same ("ydych chi", mutations), as for young people.
    adult: { sentenceWords: 27, wordLetters: 14, meanWordLetters: 6.5 },
  },
};
