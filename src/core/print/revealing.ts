import { EMERGENCY, NATIONAL_HELPLINES, SPECIALIST_HELPLINES } from "../config/services";
import type { Lang } from "../i18n/languages";

/**
 * The words a discreet printout must never carry, in each language: anything that would tell
 * someone who finds the paper what it is for. The discreet wording is tested against them, and
 * so is every discreet PDF (tests/e2e/print.spec.ts). Welsh words are written in their radical
 * form (their mutated forms are found too: "drais", "nhrais", "thrais"); Arabic words without
 * "ال" (it and the joined prepositions are found too: "العنف", "بالعنف").
 */
export const REVEALING_WORDS: Readonly<Record<Lang, readonly string[]>> = {
  en: [
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
  cy: [
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
  ar: [
    "إساءة",
    "مسيء",
    "عنف",
    "عنيف",
    "تعنيف",
    "معنف",
    "اعتداء",
    "ضحية",
    "خطة الأمان",
    "خطة السلامة",
    "مغادرة",
    "هروب",
    "هرب",
    "فرار",
    "ملجأ",
    "ملاجئ",
    "دار إيواء",
    "دار الإيواء",
    "كلمة السر",
    "كلمة سر",
    "كلمة سرية",
    "كلمة رمزية",
    "شرطة",
    "خط المساعدة",
    "خط مساعدة",
    "خروج",
    "مخرج",
    "مخارج",
    "اختباء",
    "إخفاء",
    "سر",
    "سري",
    "141",
    "خطر",
    "خوف",
    "أخاف",
    "خائف",
    "تهديد",
    "أذى",
    "يوم سيئ",
    "نفس العنوان",
    "العنوان نفسه",
    "يوم صعب",
    "محكمة",
    "أمر حماية",
    "محامي",
  ],
};

/**
 * The names of the national services, whole and in parts ("Galop (National LGBT+ Domestic Abuse
 * Helpline)" gives "Galop" and "National LGBT+ Domestic Abuse Helpline").
 */
export function serviceNames(names: readonly string[] = defaultServiceNames()): string[] {
  const out = new Set<string>();
  for (const name of names) {
    out.add(name);
    const [before, inside] = name.split(/\s*\(/);
    if (before) out.add(before.trim());
    // "(National LGBT+ Domestic Abuse Helpline)" is a name; "(Wales)" is only a place.
    const aside = inside?.replace(/\)$/, "").trim();
    if (aside && /helpline/i.test(aside)) out.add(aside);
  }
  return [...out].filter((n) => n.length > 2);
}

function defaultServiceNames(): string[] {
  // "Emergency: police, ambulance, fire" is covered by "police"; 999 itself is not revealing.
  return [...NATIONAL_HELPLINES, ...SPECIALIST_HELPLINES].filter((s) => s !== EMERGENCY).map((s) => s.name);
}

/**
 * Lower case, one space between words, words broken across lines joined up again, and no
 * accents or Arabic vowel marks (so "côd" is "cod", and "إساءة" is "اساءة" however it is written;
 * a PDF's Arabic presentation forms become plain letters).
 */
function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}|\u0640/gu, "")
    .replace(/-\s*\n\s*/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

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

export function welshForms(word: string): string[] {
  const forms = new Set([word]);
  const mutation = MUTATIONS.find(([radical]) => word.startsWith(radical));
  if (mutation) for (const start of mutation[1]) forms.add(start + word.slice(mutation[0].length));
  else if (/^[aeiouwyâêîôûŵŷ]/.test(word)) forms.add(`h${word}`);
  return [...forms];
}

/** The words a printout in this language is checked against: its own, and the English ones. */
function needles(lang: Lang): { word: string; forms: string[] }[] {
  const own = (REVEALING_WORDS[lang] ?? []).map((word) => ({
    word,
    forms: lang === "cy" ? welshForms(normalise(word)) : [normalise(word)],
  }));
  const english = lang === "en" ? [] : REVEALING_WORDS.en.map((word) => ({ word, forms: [normalise(word)] }));
  return [...own, ...english];
}

/** Before an Arabic word: "و" or "ف", then "ب", "ل" or "ك", then "ال" (or "ل" after "ل"). */
const ARABIC_PREFIX = "(?:[وف])?(?:[بلك])?(?:ال|ل)?";

/**
 * The revealing words and service names found in a text, at the start of a word ("Leave" and
 * "leaves" count; "sleeve" does not). `extra` adds names such as an organisation's local services.
 * A Welsh or Arabic printout is checked against its own language's words and the English ones.
 */
export function findRevealing(text: string, extra: readonly string[] = [], lang: Lang = "en"): string[] {
  const haystack = normalise(text);
  const found: string[] = [];
  const names = [...serviceNames(), ...extra].map((word) => ({ word, forms: [normalise(word)] }));
  for (const { word, forms } of [...needles(lang), ...names]) {
    for (const form of forms) {
      const needle = form.trim();
      if (!needle) continue;
      const pattern = escapeRegExp(needle).replace(/[ -]+/g, "[ -]?");
      const prefix = /[\u0600-\u06ff]/.test(needle) ? ARABIC_PREFIX : "";
      if (new RegExp(`(^|[^\\p{L}\\p{N}])${prefix}${pattern}`, "u").test(haystack)) {
        found.push(word);
        break;
      }
    }
  }
  return [...new Set(found)];
}
