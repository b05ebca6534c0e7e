import { describe, expect, it } from "vitest";
import {
  ACCEPTABLE_BITS,
  assessPassphrase,
  BITS_PER_WORD,
  COMMON_PASSWORDS,
  cryptoRandomIndex,
  MIN_PASSPHRASE_LENGTH,
  scoreLabel,
  suggestPassphrase,
  uniformIndex,
} from "./passphrase";
import { WORDS } from "./wordlist";

/** Words that must never appear in the list: people using this site may be living with abuse. */
const UPSETTING = `
kill killer knife knives gun guns rifle pistol bullet bomb blade sword axe weapon shoot shot stab blood bleed dead
death die dying grave tomb coffin funeral corpse ghost skull bone hurt harm pain ache hit punch kick slap beat choke
strangle drown burn fire smoke bruise wound scar injury cut slash wound sick ill disease virus cancer hospital doctor
nurse police cop arrest jail prison cell court judge crime criminal thief steal rob fraud gang abuse abuser victim
fear afraid scared scary terror panic scream cry tears sad alone lonely hate angry rage fight attack war army
soldier battle enemy threat danger trap cage chain rope lock escape hide hidden secret drug drugs pill pills needle
weed crack coke beer wine vodka gin rum whisky cider lager drunk pub bar sex sexy naked nude kiss strip porn rape
slut whore bitch damn hell devil demon debt loan broke poor bill rent tax cash owe divorce marry wedding husband
wife boyfriend girlfriend partner ex baby pregnant suicide hang noose poison toxic bully shame guilt blame sorry
lie liar cheat cheater jealous control punish slave master
`
  .trim()
  .split(/\s+/);

/** Words that sound like another word to a UK listener. Neither member of a pair may appear. */
const HOMOPHONES: ReadonlyArray<readonly [string, string]> = [
  ["right", "write"],
  ["there", "their"],
  ["sea", "see"],
  ["sun", "son"],
  ["flower", "flour"],
  ["pair", "pear"],
  ["bear", "bare"],
  ["tail", "tale"],
  ["sail", "sale"],
  ["meat", "meet"],
  ["night", "knight"],
  ["plane", "plain"],
  ["hair", "hare"],
  ["deer", "dear"],
  ["peace", "piece"],
  ["road", "rode"],
  ["week", "weak"],
  ["wait", "weight"],
  ["blue", "blew"],
  ["new", "knew"],
  ["hole", "whole"],
  ["steal", "steel"],
  ["break", "brake"],
  ["board", "bored"],
  ["tide", "tied"],
  ["sauce", "source"],
  ["pasta", "pastor"],
  ["lava", "larva"],
  ["court", "caught"],
  ["stalk", "stork"],
  ["sore", "saw"],
  ["pour", "poor"],
  ["bean", "been"],
  ["rose", "rows"],
  ["whale", "wail"],
  ["berry", "bury"],
  ["beach", "beech"],
  ["tea", "tee"],
  ["one", "won"],
  ["eight", "ate"],
];

/** A deterministic RandomIndex that walks through the given indices in order. */
function sequence(indices: readonly number[]): (n: number) => number {
  let next = 0;
  return () => {
    const value = indices[next % indices.length];
    next++;
    if (value === undefined) throw new Error("empty sequence");
    return value;
  };
}

/** A Uint16 source that returns the given raw values in order and records how many were used. */
function rawSource(values: readonly number[]) {
  const source = { calls: 0, next: () => 0 };
  source.next = () => {
    const value = values[source.calls];
    source.calls++;
    if (value === undefined) throw new Error("ran out of values");
    return value;
  };
  return source;
}

describe("WORDS", () => {
  it("has exactly 2048 unique words, so each word is exactly 11 bits", () => {
    expect(WORDS).toHaveLength(2048);
    expect(new Set(WORDS).size).toBe(2048);
    expect(Math.log2(WORDS.length)).toBe(BITS_PER_WORD);
  });

  it("uses only lower-case a–z words of 3 to 8 letters", () => {
    const bad = WORDS.filter((w) => !/^[a-z]{3,8}$/.test(w));
    expect(bad).toEqual([]);
  });

  it("is kept in alphabetical order", () => {
    expect([...WORDS]).toEqual([...WORDS].sort());
  });

  it("contains no upsetting words", () => {
    const set = new Set(WORDS);
    expect(UPSETTING.filter((w) => set.has(w))).toEqual([]);
  });

  it("contains no words from common homophone pairs", () => {
    const set = new Set(WORDS);
    const found = HOMOPHONES.flat().filter((w) => set.has(w));
    expect(found).toEqual([]);
  });

  it("is frozen", () => {
    expect(Object.isFrozen(WORDS)).toBe(true);
  });

  it("shares no word with the common-password list", () => {
    const set = new Set(WORDS);
    expect(COMMON_PASSWORDS.filter((w) => set.has(w))).toEqual([]);
  });
});

describe("uniformIndex (rejection sampling)", () => {
  it("masks to 11 bits for 2048 words and never rejects", () => {
    const source = rawSource([0xffff, 0x0800, 0x07ff, 12345]);
    expect(uniformIndex(2048, source.next)).toBe(2047);
    expect(uniformIndex(2048, source.next)).toBe(0);
    expect(uniformIndex(2048, source.next)).toBe(2047);
    expect(uniformIndex(2048, source.next)).toBe(12345 & 2047);
    expect(source.calls).toBe(4);
  });

  it("rejects out-of-range values instead of wrapping them (no modulo bias)", () => {
    // n = 1000: mask is 1023, so masked values 1000–1023 must be redrawn.
    const source = rawSource([1023, 1000, 0xffff, 999]);
    expect(uniformIndex(1000, source.next)).toBe(999);
    expect(source.calls).toBe(4);
  });

  it("rejects with n = 3 (mask 3), keeping 0–2", () => {
    const source = rawSource([3, 7, 0xffff, 6]);
    expect(uniformIndex(3, source.next)).toBe(2);
    expect(source.calls).toBe(4);
  });

  it("returns every value 0–(n-1) equally often over all 16-bit inputs", () => {
    const n = 6;
    const counts = new Array<number>(n).fill(0);
    for (let raw = 0; raw <= 0xffff; raw++) {
      const source = rawSource([raw, 0]);
      const value = uniformIndex(n, source.next);
      if (source.calls === 1) counts[value] = (counts[value] ?? 0) + 1;
    }
    expect(new Set(counts).size).toBe(1);
  });

  it("throws on a bad n or a bad source instead of looping or biasing", () => {
    expect(() => uniformIndex(0, () => 0)).toThrow(RangeError);
    expect(() => uniformIndex(70000, () => 0)).toThrow(RangeError);
    expect(() => uniformIndex(10, () => 70000)).toThrow(RangeError);
    expect(() => uniformIndex(10, () => 1.5)).toThrow(RangeError);
    expect(() => uniformIndex(10, () => 15)).toThrow(/out-of-range/);
  });

  it("cryptoRandomIndex stays in range", () => {
    for (let i = 0; i < 200; i++) {
      const value = cryptoRandomIndex(2048);
      expect(Number.isInteger(value) && value >= 0 && value < 2048).toBe(true);
    }
    expect(cryptoRandomIndex(1)).toBe(0);
  });
});

describe("suggestPassphrase", () => {
  const set = new Set(WORDS);

  it("returns 5 distinct words from the list by default, joined by spaces", () => {
    const words = suggestPassphrase().split(" ");
    expect(words).toHaveLength(5);
    expect(words.every((w) => set.has(w))).toBe(true);
    expect(new Set(words).size).toBe(5);
  });

  it("supports 4 words", () => {
    const words = suggestPassphrase(4).split(" ");
    expect(words).toHaveLength(4);
    expect(words.every((w) => set.has(w))).toBe(true);
  });

  it("gives different suggestions each time with real randomness", () => {
    const suggestions = new Set(Array.from({ length: 5 }, () => suggestPassphrase()));
    expect(suggestions.size).toBe(5);
  });

  it("is deterministic with an injected random function", () => {
    const indices = [0, 1, 2047, 1024, 7];
    const expected = indices.map((i) => WORDS[i]).join(" ");
    expect(suggestPassphrase(5, sequence(indices))).toBe(expected);
    expect(suggestPassphrase(5, sequence(indices))).toBe(expected);
  });

  it("asks the random function for indices below the list length", () => {
    const seen: number[] = [];
    suggestPassphrase(4, (n) => {
      seen.push(n);
      return seen.length;
    });
    expect(seen).toEqual([2048, 2048, 2048, 2048]);
  });

  it("redraws a repeated word", () => {
    const result = suggestPassphrase(4, sequence([5, 5, 6, 6, 7, 8]));
    expect(result).toBe([5, 6, 7, 8].map((i) => WORDS[i]).join(" "));
  });

  it("rejects unsupported word counts and bad random functions", () => {
    expect(() => suggestPassphrase(3)).toThrow(RangeError);
    expect(() => suggestPassphrase(4.5)).toThrow(RangeError);
    expect(() => suggestPassphrase(9)).toThrow(RangeError);
    expect(() => suggestPassphrase(5, () => 2048)).toThrow(RangeError);
    expect(() => suggestPassphrase(5, () => -1)).toThrow(RangeError);
    expect(() => suggestPassphrase(5, () => 0.5)).toThrow(RangeError);
    expect(() => suggestPassphrase(5, () => 3)).toThrow(/repeating/);
  });
});

/** The verdict on a guessable passphrase: not acceptable, and scored at most 1. */
function expectWeak(weak: string) {
  const result = assessPassphrase(weak);
  expect(result.acceptable, `${weak}: ${result.bits} bits`).toBe(false);
  expect(result.score).toBeLessThanOrEqual(1);
}

describe("assessPassphrase", () => {
  it("exports the minimum length", () => {
    expect(MIN_PASSPHRASE_LENGTH).toBe(10);
    expect(ACCEPTABLE_BITS).toBe(40);
  });

  it("scores the empty string 0", () => {
    const result = assessPassphrase("");
    expect(result.score).toBe(0);
    expect(result.acceptable).toBe(false);
    expect(result.bits).toBe(0);
    expect(result.label).toBe(scoreLabel(0));
    expect(result.advice).toContain("Suggest one for me");
  });

  it.each(["password", "123456", "qwertyuiop", "aaaaaaaaaaaa", "Password1", "p@ssw0rd", "iloveyou", "letmein123"])(
    "%s is not acceptable and scores at most 1",
    expectWeak,
  );

  it.each([
    "abcdefghijklmnop",
    "1234567890123",
    "asdfghjklasdfghjkl",
    "passwordpassword",
    "january february",
    "----------------",
    "correct horse battery staple",
    "Tr0ub4dor&3",
    "i love you",
    "I-Love-You-123",
    "jennifer1985",
    "Mary had a little lamb",
  ])("patterns and common passwords stay weak: %s", expectWeak);

  // Issue 24, item 7: the rule knew only English. Digits of any script and look-alike letters
  // are folded first; common Welsh and Arabic passwords and phrases, names and dates are known.
  it.each([
    "cyfrinair123", // "password123" in Welsh
    "Cymru am byth", // "Wales for ever"
    "Cyfrinair2024",
    "rwy'n dy garu di", // "I love you" in Welsh
    "كلمة المرور", // "password" in Arabic
    "كلمة السر 123",
    "أحبك أحبك أحبك",
    "١٢٣٤٥٦٧٨٩٠", // Arabic-Indic digits
    "۱۲۳۴۵۶۷۸۹۰۱", // Extended Arabic-Indic (Persian, Urdu) digits
    "１２３４５６７８９０", // full-width digits
    "Muhammad1990",
    "mohammed 1985",
    "fatima2010!",
    "Dafydd 01/03/1990",
    "15-08-1987 sarah",
    "pаssword1234", // Cyrillic а
    "Pаsswоrd2024", // Cyrillic а and о
    "ρassword1234", // Greek rho
  ])("%s is not acceptable in any script", expectWeak);

  // Polish and Romanian pages (2026): their common passwords, phrases and first names are known
  // too, with and without their own letters (hasło/haslo, Ștefan/Stefan).
  it.each([
    "haslo12345", // "password" in Polish
    "Hasło2024!",
    "kochamcie123", // "I love you" in Polish
    "kocham cię bardzo",
    "Polska1990!",
    "Zaq12wsx2024",
    "Katarzyna1985",
    "Małgorzata 01/03/1990",
    "lukasz2010!",
    "parola1234", // "password" in Romanian
    "Parola2024!",
    "teiubesc123", // "I love you" in Romanian
    "te iubesc mult",
    "Romania1990!",
    "Andreea 15-08-1987",
    "Ștefan2010!",
    "stefan2010!",
  ])("%s (Polish or Romanian) is not acceptable", expectWeak);

  // Urdu and Panjabi pages: "I love you" in Urdu and a Sikh greeting were rated "Strong", as the
  // rule knew none of their words and counted each Gurmukhi character as one of 100 symbols.
  it.each([
    "میں تم سے پیار کرتا ہوں", // "I love you" in Urdu
    "پاکستان زندہ باد",
    "ميں تم سے پيار كرتا ہوں", // the same typed on an Arabic keyboard
    "main tumse pyar karta hoon",
    "meri jaan meri zindagi",
    "pakistan zindabad 123",
    "Imran1985!",
    "ਮੈਂ ਤੈਨੂੰ ਪਿਆਰ ਕਰਦਾ ਹਾਂ", // "I love you" in Panjabi
    "ਵਾਹਿਗੁਰੂ ਜੀ ਕਾ ਖਾਲਸਾ",
    "waheguru ji ka khalsa",
    "ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਪੰਜਾਬ",
    "gurpreet kaur 1990",
  ])("%s (Urdu or Panjabi) is not acceptable", expectWeak);

  it("still accepts an Urdu or Panjabi phrase of uncommon words", () => {
    expect(assessPassphrase("بادل کھڑکی پہاڑ دریا کتاب").acceptable).toBe(true);
    expect(assessPassphrase("ਬੱਦਲ ਖਿੜਕੀ ਪਹਾੜ ਨਦੀ ਕਿਤਾਬ").acceptable).toBe(true);
  });

  it("counts letters of other alphabets by the alphabet's size, not as 100-letter symbols", () => {
    // 12 random-looking Arabic letters: about 12 × log2(28) ≈ 57 bits, not 12 × log2(100) ≈ 79.
    const arabic = assessPassphrase("ثخقضظغذشصفعط");
    expect(arabic.bits).toBeLessThanOrEqual(60);
    const cyrillic = assessPassphrase("щжфыэюбйцгшз");
    expect(cyrillic.bits).toBeLessThanOrEqual(62);
  });

  it("warns against names and dates", () => {
    for (const personal of ["Muhammad1990", "Dafydd 01/03/1990", "fatima2010!"]) {
      expect(assessPassphrase(personal).advice, personal).toMatch(/[Nn]ames and dates/);
    }
  });

  it("still accepts a random-looking Arabic or Welsh phrase of uncommon words", () => {
    expect(assessPassphrase("ثخقضظغذشصفعطكلمن").acceptable).toBe(true);
    expect(assessPassphrase("llwynog melyn ger ffynnon ddistaw").acceptable).toBe(true);
  });

  // Issue 19, item 13: the meter said "try four or more unrelated words" to a four-word phrase.
  it.each([
    "the cat sat down",
    "i love my garden",
    "my cat and my dog",
    "I love you so much",
    "my dog likes long walks",
  ])("never tells a phrase of four or more words to use four or more words: %s", (phrase) => {
    const result = assessPassphrase(phrase);
    expect(result.acceptable).toBe(false);
    expect(result.advice).not.toMatch(/four or more/i);
  });

  it("tells four common words why they are weak and what to try instead", () => {
    expect(assessPassphrase("the cat sat down").advice).toBe(
      "These words are common, so together they are still easy to guess. Try less common words that have nothing to do with each other, or use “Suggest one for me”.",
    );
    expect(assessPassphrase("I love you so much").advice).toMatch(
      /^This uses a very common password.* less common words/,
    );
  });

  it("tells fewer words why, then to use four or more", () => {
    expect(assessPassphrase("password").advice).toBe(
      "This uses a very common password, so it would be guessed quickly. Try four or more unrelated words, or use “Suggest one for me”.",
    );
  });

  it("explains why a common password is weak, kindly", () => {
    expect(assessPassphrase("password").advice).toMatch(/very common password/);
    expect(assessPassphrase("aaaaaaaaaaaa").advice).toMatch(/Repeats, runs/);
  });

  it("rates a 5-word suggestion acceptable with score 4", () => {
    for (let i = 0; i < 20; i++) {
      const phrase = suggestPassphrase();
      const result = assessPassphrase(phrase);
      expect(result.score, phrase).toBe(4);
      expect(result.acceptable).toBe(true);
      expect(result.bits).toBeGreaterThanOrEqual(55);
      expect(result.label).toBe("Strong");
    }
  });

  it("rates 4 random words from the list at least 3 (correct-horse-battery-staple style)", () => {
    for (let i = 0; i < 20; i++) {
      const phrase = suggestPassphrase(4);
      const result = assessPassphrase(phrase);
      expect(result.score, phrase).toBeGreaterThanOrEqual(3);
      expect(result.acceptable).toBe(true);
      expect(result.bits).toBeGreaterThanOrEqual(44);
    }
    // Also with hyphens and capitals.
    expect(assessPassphrase("Otter-Meadow-Lantern-Toast").score).toBeGreaterThanOrEqual(3);
  });

  it("counts everyday phrases as common words, not random letters", () => {
    expect(assessPassphrase("i love my cat").acceptable).toBe(false);
    expect(assessPassphrase("the cat sat on the mat").acceptable).toBe(false);
    expect(assessPassphrase("summer winter spring autumn").acceptable).toBe(false);
  });

  it("gives repeated list words no extra credit", () => {
    expectWeak("otter otter otter otter otter");
  });

  it("does not count two or three list words as enough", () => {
    expect(assessPassphrase("otter meadow").acceptable).toBe(false);
    expect(assessPassphrase("otter meadow lantern").acceptable).toBe(false);
  });

  it("accepts a long random-looking mix of characters", () => {
    const result = assessPassphrase("Xk9#qL2!vB7m");
    expect(result.acceptable).toBe(true);
    expect(result.score).toBe(4);
  });

  it("caps short passphrases at score 2 however random they look", () => {
    const result = assessPassphrase("Xk9#qL2!v");
    expect(result.bits).toBeGreaterThanOrEqual(ACCEPTABLE_BITS);
    expect(result.score).toBe(2);
    expect(result.acceptable).toBe(false);
    expect(result.advice).toMatch(/at least 10 characters/);
  });

  it("gives the same assessment to NFC and NFD forms", () => {
    const nfc = "café crème brûlée à la maison".normalize("NFC");
    const nfd = nfc.normalize("NFD");
    expect(nfc).not.toBe(nfd);
    expect(assessPassphrase(nfd)).toEqual(assessPassphrase(nfc));
    expect(assessPassphrase("Ünïcödé-Päss".normalize("NFD"))).toEqual(
      assessPassphrase("Ünïcödé-Päss".normalize("NFC")),
    );
  });

  it("keeps acceptable equal to score ≥ 3, bits ≥ 40 and length ≥ 10", () => {
    const samples = ["", "a", "hello", "correct horse battery staple", "Tr0ub4dor&3", "zebra kettle", "x".repeat(300)];
    for (let i = 0; i < 10; i++) samples.push(suggestPassphrase(4), suggestPassphrase(5));
    for (const sample of samples) {
      const r = assessPassphrase(sample);
      expect(r.acceptable, sample).toBe(r.score >= 3);
      expect(r.acceptable, sample).toBe(r.bits >= ACCEPTABLE_BITS && Array.from(sample).length >= 10);
      expect(r.label).toBe(scoreLabel(r.score));
      expect(r.advice.length).toBeGreaterThan(0);
      expect(Number.isInteger(r.bits)).toBe(true);
    }
  });

  it("uses kind wording, never nagging", () => {
    const texts = ["", "a", "password", "aaaaaaaaaaaa", "Xk9#qL2!v", "zebra kettle pie", suggestPassphrase()].flatMap(
      (s) => {
        const r = assessPassphrase(s);
        return [r.label, r.advice];
      },
    );
    for (const text of texts) expect(text).not.toMatch(/\b(must|never|wrong|bad|terrible|fail|error|invalid)\b/i);
  });

  it("handles very long input (how fast: npm run bench)", () => {
    const long = "otter meadow ".repeat(2000);
    const result = assessPassphrase(long);
    expect(result.bits).toBeGreaterThan(0);
  });
});
