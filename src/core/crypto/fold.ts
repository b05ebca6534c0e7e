/**
 * What the passphrase estimate reads instead of the raw text, so that a different way of
 * writing the same guessable thing costs the same: "١٢٣٤٥٦" is "123456", "pаssword" with a
 * Cyrillic "а" is "password", "كلمة" with or without its vowel marks is one word.
 *
 * - NFKC: full-width letters and digits, ligatures and other compatibility forms.
 * - Digits of any common script (Arabic-Indic, Persian, Devanagari…) become 0–9.
 * - Cyrillic and Greek letters that look like Latin ones become those Latin letters, in any
 *   run of letters that mixes them with Latin letters or is made of them alone ("раураl").
 *   A run of real Cyrillic or Greek words is left as it is.
 * - Arabic: short-vowel marks and the stretching tatweel go; alef forms (أ إ آ ٱ) become ا,
 *   ى becomes ي and ة becomes ه, as people type them interchangeably. Urdu's own forms of the
 *   same letters (ی ے, ک, ہ ۂ ھ) become the Arabic ones, as an Urdu word typed on an Arabic
 *   keyboard is the same guess.
 */

/** The code point of "0" in each script's run of ten digits. */
const DIGIT_ZEROS = [
  0x0660, 0x06f0, 0x07c0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50, 0x0ed0,
  0x0f20, 0x1040, 0x17e0, 0x1810,
];

/** Cyrillic and Greek letters drawn like a Latin letter (lower and upper case). */
const LOOK_ALIKES: Readonly<Record<string, string>> = Object.fromEntries(
  [
    // Cyrillic
    "аa вb еe кk мm нh оo рp сc тt уy хx іi јj ѕs ԁd ԛq ԝw ӏl ьb",
    "АA ВB ЕE КK МM НH ОO РP СC ТT УY ХX ІI ЈJ ЅS",
    // Greek
    "αa βb εe ιi κk νv οo ρp τt υu χx",
    "ΑA ΒB ΕE ΖZ ΗH ΙI ΚK ΜM ΝN ΟO ΡP ΤT ΥY ΧX",
  ]
    .join(" ")
    .split(" ")
    .map((pair) => [pair.slice(0, 1), pair.slice(1)]),
);

const LATIN = /[A-Za-z]/;

function foldDigits(text: string): string {
  let out = "";
  for (const c of text) {
    const cp = c.codePointAt(0) ?? 0;
    const zero = cp >= 0x0660 ? DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9) : undefined;
    out += zero === undefined ? c : String(cp - zero);
  }
  return out;
}

function foldLookAlikes(run: string): string {
  const chars = Array.from(run);
  const mixed = chars.some((c) => LATIN.test(c));
  const disguised = chars.every((c) => LATIN.test(c) || LOOK_ALIKES[c] !== undefined);
  return mixed || disguised ? chars.map((c) => LOOK_ALIKES[c] ?? c).join("") : run;
}

export function foldForGuessing(text: string): string {
  return foldDigits(text.normalize("NFKC"))
    .replace(/\p{L}+/gu, foldLookAlikes)
    .replace(/[\u0640\u064B-\u065F\u0670]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/[ىیے]/g, "ي")
    .replace(/ک/g, "ك")
    .replace(/[ةہۂھ]/g, "ه");
}
