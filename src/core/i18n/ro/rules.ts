import type { LanguageRules } from "../rules";

export const rules: LanguageRules = {
  // Matched at the start of a word, without diacritics ("violenț" is "violent", and finds
  // "violența", "violentă"), so most are stems that catch the inflected forms. Stems are cut so
  // they catch no everyday word of a household note ("poliția", not "poliți", which would find
  // "politică"; "frică", not "fric", which would find "fricțiune"; "rănire", not "rănit", which
  // would find "raniță"). The English words are checked on Romanian printouts too.
  revealing: [
    "abuz",
    "violenț",
    "agres",
    "victim",
    "plan de siguranță",
    "planul de siguranță",
    "siguranț",
    "plecar",
    "a pleca",
    "să plec",
    "fug",
    "evad",
    "scăpare",
    "adăpost",
    "refugi",
    "cuvânt-cod",
    "cuvântul-cod",
    "cuvânt de cod",
    "cuvântul de cod",
    "parol",
    "secret",
    "poliția",
    "poliție",
    "polițist",
    "linie de ajutor",
    "linia de ajutor",
    "liniei de ajutor",
    "linii de ajutor",
    "liniile de ajutor",
    // The ideas, not only their plainest words: getting out, hiding, danger and fear, the police
    // and the courts, and the person being near.
    "ieșire",
    "ieșiri",
    "ascun",
    "pericol",
    "pericul",
    "frică",
    "frici",
    "fricos",
    "teamă",
    "temer",
    "speriat",
    "sperie",
    "amenin",
    "vătăm",
    "rănire",
    "rănește",
    "rănească",
    "zi proastă",
    "aceeași adresă",
    "instanța",
    "instanță",
    "instanței",
    "tribunal",
    "judecăt",
    "ordin de protecți",
    "ordinul de protecți",
    "avocat",
    "141",
  ],
  // Set from the English limits by Romanian's word lengths: a Romanian word is about one letter
  // longer than its English one, because the article and the case are joined to the noun
  // ("telefonul", "copilului", "dispozitivului") and many common words are Latin ("încredere",
  // "siguranță"). A sentence has about as many words or a few more: the article is joined, but
  // "să", "de", "la", "pe" stand alone, and hyphenated pronouns count as two ("du-te", "într-o").
  // So a few more words a sentence, one more letter a word and half a letter more on average, as
  // for Welsh. Rewrite the text if it fails; don't raise the limits.
  readingLimits: {
    child: { sentenceWords: 18, wordLetters: 11, meanWordLetters: 5.5 },
    "young-person": { sentenceWords: 30, wordLetters: 14, meanWordLetters: 6.5 },
    // Adults: GOV.UK's plain English (25 words, short common words), with the same allowance.
    adult: { sentenceWords: 27, wordLetters: 14, meanWordLetters: 6.5 },
  },
};
