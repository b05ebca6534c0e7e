import { EMERGENCY, NATIONAL_HELPLINES, SPECIALIST_HELPLINES } from "../config/services";

/**
 * The one list of words a discreet printout must never carry: anything that would tell someone
 * who finds the paper what it is for. The discreet wording is tested against it, and so is every
 * discreet PDF (tests/e2e/print.spec.ts).
 */
export const REVEALING_WORDS: readonly string[] = [
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
];

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

/** Lower case, one space between words, and words broken across lines joined up again. */
function normalise(text: string): string {
  return text
    .replace(/-\s*\n\s*/g, "")
    .replace(/[\s\u00a0]+/g, " ")
    .toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The revealing words and service names found in a text, at the start of a word ("Leave" and
 * "leaves" count; "sleeve" does not). `extra` adds names such as an organisation's local services.
 */
export function findRevealing(text: string, extra: readonly string[] = []): string[] {
  const haystack = normalise(text);
  const found: string[] = [];
  for (const word of [...REVEALING_WORDS, ...serviceNames(), ...extra]) {
    const needle = normalise(word).trim();
    if (!needle) continue;
    if (new RegExp(`(^|[^a-z0-9])${escapeRegExp(needle).replace(/ /g, "[ -]?")}`).test(haystack)) found.push(word);
  }
  return [...new Set(found)];
}
