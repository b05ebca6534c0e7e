import type { LanguageRules } from "../rules";

/**
 * Polish. Words are matched at the start of a word with accents taken off ("sądu" is "sadu";
 * "ł" stays "ł"), so each entry is a stem that catches the inflected forms: "przemoc" finds
 * "przemocy" and "przemocą", "uciek" finds "uciekać" and "uciekła". Stems are chosen so they do not
 * also catch the everyday words of a household note: no bare "sąd" (it would catch "sadzić"), no
 * "lęk" (it would catch "leki", medicines), no "domow" (it would catch "domowy", household), no
 * "chowa" (putting things away) and no "wyjść" (going out): the noun "wyjście" (exit) only.
 */
export const rules: LanguageRules = {
  revealing: [
    // Abuse and violence, the person who harms, the person harmed.
    "przemoc",
    "znęca",
    "krzywd",
    "skrzywdz",
    "zrani",
    "bicie",
    "bije",
    "sprawc",
    "ofiar",
    // The plan, the code word, the passphrase.
    "plan bezpieczeństwa",
    "bezpieczeństw",
    "umówione słow",
    "słowo kod",
    "hasł",
    // Leaving and getting out.
    "odejś",
    "odejd",
    "odchodz",
    "opuści",
    "ucieczk",
    "uciek",
    "uciec",
    "wyjści",
    "droga wyjścia",
    // Refuge, police, helplines.
    "schron",
    "policj",
    "policyjn",
    "telefon zaufania",
    "telefony zaufania",
    "linia pomocy",
    "linii pomocy",
    // Hiding and secrets; a withheld number.
    "ukry",
    "kryjówk",
    "tajn",
    "tajemnic",
    "sekret",
    "zastrzeż",
    "141",
    // Danger and fear.
    "niebezpiecz",
    "zagroż",
    "groź",
    "grozi",
    "strach",
    "przestrasz",
    "przeraż",
    "boję się",
    "boisz się",
    "boi się",
    "bać się",
    "zły dzień",
    // The person being near.
    "ten sam adres",
    "tym samym adresie",
    // The courts and the law.
    "sądu",
    "sądzie",
    "sądem",
    "sądow",
    "sądy",
    "sąd rodzinny",
    "sędzi",
    "nakaz ochrony",
    "zakaz zbliż",
    "zakaz kontakt",
    "prawnik",
    "adwokat",
  ],
  // Set from the English limits by Polish word lengths: Polish words are longer (endings and
  // compounds: "bezpieczeństwa" has 14 letters, "bezpiecznym" 11, "nauczycielowi" 13), so the
  // longest word is 2 letters more than the English and the mean word 1 letter more. A Polish
  // sentence has fewer words than the English (no "the", "a", and the subject is in the verb:
  // "zadzwoń" is "you phone"), so it may have one or two words fewer.
  // Rewrite the text if it fails; don't raise the limits.
  readingLimits: {
    child: { sentenceWords: 15, wordLetters: 12, meanWordLetters: 6 },
    "young-person": { sentenceWords: 26, wordLetters: 15, meanWordLetters: 7 },
    // Adults: GOV.UK's plain English (25 words a sentence), less one word for Polish having no
    // articles, and the longer Polish words, as for young people.
    adult: { sentenceWords: 24, wordLetters: 15, meanWordLetters: 7 },
  },
};
