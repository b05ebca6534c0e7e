import type { LanguageRules } from "../rules";

export const rules: LanguageRules = {
  revealing: [
    "abuse",
    "abusive",
    "violence",
    "violent",
    "domestic",
    "safety plan",
    "leave",
    "leaving",
    "escape",
    "refuge",
    "code word",
    "police",
    "helpline",
    "NSPCC",
    "Childline",
  ],
  // Set from the English text that passes grade 4 (children, 7 to 9) and the young person's
  // plain English. Rewrite the text if it fails; don't raise the limits.
  readingLimits: {
    child: { sentenceWords: 16, wordLetters: 10, meanWordLetters: 5 },
    "young-person": { sentenceWords: 28, wordLetters: 13, meanWordLetters: 6 },
  },
};
