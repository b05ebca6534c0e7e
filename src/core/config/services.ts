import type { LocalService, Nation } from "./schema";

/**
 * National services. Every number is copied exactly from verified-numbers.json, the project's
 * list of checked numbers with the public page each was checked against (services.test.ts
 * holds them to it). It is the only source of numbers besides an organisation's
 * configuration. Never invent or "correct" a number.
 */
export interface Service {
  readonly id: string;
  readonly name: string;
  /** As written in the reference, for people to read. */
  readonly phone: string;
  readonly forWhom: string;
  readonly hours: string;
  /** The nation whose main helpline this is; absent for UK-wide services. */
  readonly nation?: Nation;
  readonly website?: string;
}

export const EMERGENCY: Service = {
  id: "emergency",
  name: "Emergency: police, ambulance, fire",
  phone: "999",
  forWhom: "Anyone in danger right now.",
  hours: "Open all the time",
};

export const NATIONAL_HELPLINES: readonly Service[] = [
  {
    id: "national-helpline-england",
    name: "National Domestic Abuse Helpline (England, run by Refuge)",
    phone: "0808 2000 247",
    forWhom: "Women, and anyone worried about someone.",
    hours: "Open all the time. Free.",
    nation: "england",
  },
  {
    id: "live-fear-free",
    name: "Live Fear Free (Wales)",
    phone: "0808 80 10 800",
    forWhom: "Anyone in Wales.",
    hours: "Open all the time. Free.",
    nation: "wales",
  },
  {
    id: "scotland-helpline",
    name: "Scotland's Domestic Abuse and Forced Marriage Helpline",
    phone: "0800 027 1234",
    forWhom: "Anyone in Scotland.",
    hours: "Open all the time. Free.",
    nation: "scotland",
  },
  {
    id: "northern-ireland-helpline",
    name: "Domestic and Sexual Abuse Helpline (Northern Ireland)",
    phone: "0808 802 1414",
    forWhom: "Anyone in Northern Ireland.",
    hours: "Open all the time. Free.",
    nation: "northern-ireland",
  },
];

export const SPECIALIST_HELPLINES: readonly Service[] = [
  {
    id: "mens-advice-line",
    name: "Men's Advice Line",
    phone: "0808 801 0327",
    forWhom: "Men, including trans and non-binary people, who are being abused.",
    hours: "Weekdays. Check current opening times.",
  },
  {
    id: "galop",
    name: "Galop (National LGBT+ Domestic Abuse Helpline)",
    phone: "0800 999 5428",
    forWhom: "LGBT+ people.",
    hours: "Weekdays. Check current opening times.",
  },
  {
    id: "karma-nirvana",
    name: "Karma Nirvana",
    phone: "0800 5999 247",
    forWhom: "'Honour'-based abuse and forced marriage.",
    hours: "Weekdays. Check current opening times.",
  },
  {
    id: "childline",
    name: "Childline",
    phone: "0800 1111",
    forWhom: "Children and young people under 19.",
    hours: "Open all the time. Free. Does not show on phone bills.",
  },
  {
    id: "nspcc",
    name: "NSPCC Helpline",
    phone: "0808 800 5000",
    forWhom: "Adults worried about a child.",
    hours: "Check current opening times.",
  },
  {
    id: "respect",
    name: "Respect Phoneline",
    phone: "0808 802 4040",
    forWhom: "People worried about their own behaviour towards a partner or family.",
    hours: "Weekdays. Check current opening times.",
  },
];

/** The nation's own helpline first, then the other nations' in the reference's order. */
export function helplinesFor(nation: Nation): Service[] {
  const own = NATIONAL_HELPLINES.filter((s) => s.nation === nation);
  const others = NATIONAL_HELPLINES.filter((s) => s.nation !== nation);
  return [...own, ...others];
}

export function mainHelpline(nation: Nation): Service {
  const found = NATIONAL_HELPLINES.find((s) => s.nation === nation);
  if (!found) throw new Error(`no helpline for ${nation}`);
  return found;
}

export { telHref } from "./tel";

export function localAsService(local: LocalService, index: number): Service {
  return {
    id: `local-${index}`,
    name: local.name,
    phone: local.phone,
    forWhom: local.helpsWith,
    hours: local.hours ?? "Check current opening times.",
    ...(local.website ? { website: local.website } : {}),
  };
}
