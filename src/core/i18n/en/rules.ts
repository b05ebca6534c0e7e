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
    // The ideas, not only their plainest words: getting out, hiding, danger and fear, the
    // police and the courts, and the person being near.
    "way out",
    "ways out",
    "exit",
    "escaping",
    "flee",
    "fleeing",
    "run away",
    "get away",
    "hide",
    "hiding",
    "hidden",
    "secret",
    "141",
    // Pressing 55 on a silent 999 call (the Silent Solution): looked up, it names the police.
    "55",
    "withheld",
    "danger",
    "unsafe",
    "safety",
    "fear",
    "afraid",
    "scared",
    "frightened",
    "threat",
    "hurt",
    "harm",
    "bad day",
    "same address",
    "court",
    "injunction",
    "non-molestation",
    "protection order",
    "solicitor",
  ],
  // Set from the English text that passes grade 4 (children, 7 to 9) and the young person's
  // plain English. Rewrite the text if it fails; don't raise the limits.
  readingLimits: {
    child: { sentenceWords: 16, wordLetters: 10, meanWordLetters: 5 },
    "young-person": { sentenceWords: 28, wordLetters: 13, meanWordLetters: 6 },
    // Adults: GOV.UK's plain English (sentences of 25 words or fewer, short common words), for
    // everything an adult reads in their plan, the list of things to take and the tailored plan.
    adult: { sentenceWords: 25, wordLetters: 13, meanWordLetters: 6 },
  },
};
