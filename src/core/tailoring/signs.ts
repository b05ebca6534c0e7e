/**
 * Signs of danger, with no score. The signs the UK guidance names as raising the risk of
 * serious harm (tailoring-notes: strangulation or choking, threats to kill, a separation,
 * stalking, weapons, things getting worse, pregnancy or a baby, the person's own fear, threats
 * about the children). Each sign the person recognises brings a plain flag and what to do.
 *
 * There is deliberately no count, no total and no "low risk": a checklist score can tell
 * someone they are safe when they are not, and their own sense of danger matters most. The
 * wording is our own, not DASH's or the Danger Assessment's. Nothing here is stored: the
 * person looks, and what they ticked goes when they close it.
 *
 * Words: tailoring.sign.<id>.label | flag, tailoring.advice.<id>.title | text.
 */
export const ADVICE = [
  "phone-999",
  "silent-call",
  "helpline",
  "idva",
  "marac",
  "see-a-doctor",
  "keep-a-record",
  "children-services",
] as const;
export type AdviceId = (typeof ADVICE)[number];

export const DANGER_SIGNS = [
  { id: "strangled", advice: ["see-a-doctor", "phone-999", "idva", "marac"] },
  { id: "threats-to-kill", advice: ["phone-999", "idva", "marac", "keep-a-record"] },
  { id: "separation", advice: ["helpline", "idva", "marac"] },
  { id: "stalking", advice: ["keep-a-record", "phone-999", "idva"] },
  { id: "weapons", advice: ["phone-999", "silent-call", "idva", "marac"] },
  { id: "getting-worse", advice: ["helpline", "idva", "marac"] },
  { id: "pregnant-or-baby", advice: ["see-a-doctor", "helpline", "idva"] },
  { id: "own-fear", advice: ["helpline", "idva", "phone-999"] },
  { id: "threats-about-children", advice: ["children-services", "helpline", "idva", "keep-a-record"] },
] as const satisfies readonly { id: string; advice: readonly AdviceId[] }[];

export type SignId = (typeof DANGER_SIGNS)[number]["id"];

/**
 * What to do for the signs recognised: 999 (with 55) always comes first once any sign is
 * ticked, then every other piece of advice once, in the order of the list above.
 */
export function adviceFor(signs: readonly SignId[]): AdviceId[] {
  if (signs.length === 0) return [];
  const out: AdviceId[] = ["phone-999", "silent-call"];
  for (const sign of DANGER_SIGNS) {
    if (!signs.includes(sign.id)) continue;
    for (const a of sign.advice) if (!out.includes(a)) out.push(a);
  }
  return out;
}
