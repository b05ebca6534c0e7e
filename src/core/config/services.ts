import type { services as serviceWords } from "../i18n/en/services";
import { LANGUAGE_INFO, type Lang } from "../i18n/languages";
import { inLang } from "./localised";
import type { LocalService, Nation } from "./schema";

/** A key of the services' words, in src/core/i18n/<lang>/services.ts. */
export type ServiceKey = keyof typeof serviceWords;
/** The services' words in the page's language (w.text on a page; serviceText in panel.ts). */
export type ServiceText = (key: ServiceKey) => string;

/**
 * National services. Every number is copied exactly from verified-numbers.json, the project's
 * list of checked numbers with the public page each was checked against (services.test.ts
 * holds them to it). It is the only source of numbers besides an organisation's
 * configuration. Never invent or "correct" a number.
 *
 * What a service helps with and when it answers are catalogue keys, shown in the page's
 * language (inLanguage). The name stays as the service is known, in every language, so a
 * person can search for it or ask for it by name. This module loads no words itself: islands
 * may import it (for the names) without carrying any catalogue.
 */
export interface NationalService {
  readonly id: string;
  /** The name people know it by, in English: the same in every language. */
  readonly name: string;
  /** For a name that is a description rather than a name (999): its words, translated. */
  readonly nameKey?: ServiceKey;
  /** As written in the reference, for people to read. */
  readonly phone: string;
  readonly helpsWith: ServiceKey;
  readonly hours: ServiceKey;
  /** The nation whose main helpline this is; absent for UK-wide services. */
  readonly nation?: Nation;
  readonly website?: string;
}

/** A service as a page shows it, with its words in the page's language. */
export interface Service {
  readonly id: string;
  readonly name: string;
  /**
   * The name is the service's own, the same in every language (marked translate="no", so a
   * translating browser leaves it as people know it); false for words that are translated (999's).
   */
  readonly ownName: boolean;
  /**
   * The language the name is in, when it is known: a national service's name is English
   * (SERVICE_NAME_LANG). An organisation's own services may be named in any language, so theirs
   * is not given.
   */
  readonly nameLang?: string;
  readonly phone: string;
  readonly forWhom: string;
  readonly hours: string;
  readonly nation?: Nation;
  readonly website?: string;
}

/**
 * The language of the national services' own names (they are English in every language), for
 * their lang attribute: a screen reader on a Welsh or Arabic page then says them in English.
 */
export const SERVICE_NAME_LANG = LANGUAGE_INFO.en.htmlLang;

export const EMERGENCY: NationalService = {
  id: "emergency",
  name: "Emergency: police, ambulance, fire",
  nameKey: "services.emergency.name",
  phone: "999",
  helpsWith: "services.emergency.helpsWith",
  hours: "services.emergency.hours",
};

export const NATIONAL_HELPLINES: readonly NationalService[] = [
  {
    id: "national-helpline-england",
    name: "National Domestic Abuse Helpline (England, run by Refuge)",
    phone: "0808 2000 247",
    helpsWith: "services.national-helpline-england.helpsWith",
    hours: "services.national-helpline-england.hours",
    nation: "england",
  },
  {
    id: "live-fear-free",
    name: "Live Fear Free (Wales)",
    phone: "0808 80 10 800",
    helpsWith: "services.live-fear-free.helpsWith",
    hours: "services.live-fear-free.hours",
    nation: "wales",
  },
  {
    id: "scotland-helpline",
    name: "Scotland's Domestic Abuse and Forced Marriage Helpline",
    phone: "0800 027 1234",
    helpsWith: "services.scotland-helpline.helpsWith",
    hours: "services.scotland-helpline.hours",
    nation: "scotland",
  },
  {
    id: "northern-ireland-helpline",
    name: "Domestic and Sexual Abuse Helpline (Northern Ireland)",
    phone: "0808 802 1414",
    helpsWith: "services.northern-ireland-helpline.helpsWith",
    hours: "services.northern-ireland-helpline.hours",
    nation: "northern-ireland",
  },
];

export const SPECIALIST_HELPLINES: readonly NationalService[] = [
  {
    id: "mens-advice-line",
    name: "Men's Advice Line",
    phone: "0808 801 0327",
    helpsWith: "services.mens-advice-line.helpsWith",
    hours: "services.mens-advice-line.hours",
  },
  {
    id: "galop",
    name: "Galop (National LGBT+ Domestic Abuse Helpline)",
    phone: "0800 999 5428",
    helpsWith: "services.galop.helpsWith",
    hours: "services.galop.hours",
  },
  {
    id: "karma-nirvana",
    name: "Karma Nirvana",
    phone: "0800 5999 247",
    helpsWith: "services.karma-nirvana.helpsWith",
    hours: "services.karma-nirvana.hours",
  },
  {
    id: "childline",
    name: "Childline",
    phone: "0800 1111",
    helpsWith: "services.childline.helpsWith",
    hours: "services.childline.hours",
  },
  {
    id: "nspcc",
    name: "NSPCC Helpline",
    phone: "0808 800 5000",
    helpsWith: "services.nspcc.helpsWith",
    hours: "services.nspcc.hours",
  },
  {
    id: "respect",
    name: "Respect Phoneline",
    phone: "0808 802 4040",
    helpsWith: "services.respect.helpsWith",
    hours: "services.respect.hours",
  },
];

/** The nation's own helpline first, then the other nations' in the reference's order. */
export function helplinesFor(nation: Nation): NationalService[] {
  const own = NATIONAL_HELPLINES.filter((s) => s.nation === nation);
  const others = NATIONAL_HELPLINES.filter((s) => s.nation !== nation);
  return [...own, ...others];
}

export function mainHelpline(nation: Nation): NationalService {
  const found = NATIONAL_HELPLINES.find((s) => s.nation === nation);
  if (!found) throw new Error(`no helpline for ${nation}`);
  return found;
}

export { telHref } from "./tel";

/** A national service with its words in the page's language. Its name and number never change. */
export function inLanguage(service: NationalService, text: ServiceText): Service {
  return {
    id: service.id,
    name: service.nameKey ? text(service.nameKey) : service.name,
    ownName: !service.nameKey,
    ...(service.nameKey ? {} : { nameLang: SERVICE_NAME_LANG }),
    phone: service.phone,
    forWhom: text(service.helpsWith),
    hours: text(service.hours),
    ...(service.nation ? { nation: service.nation } : {}),
    ...(service.website ? { website: service.website } : {}),
  };
}

/**
 * An organisation's own service, in its own words (config `localServices`), in the page's
 * language where it gives them per language; "check the opening times", shown when it gives no
 * hours, is the catalogue's.
 */
export function localAsService(local: LocalService, index: number, text: ServiceText, lang: Lang): Service {
  return {
    id: `local-${index}`,
    name: inLang(local.name, lang),
    ownName: true,
    phone: local.phone,
    forWhom: inLang(local.helpsWith, lang),
    hours: local.hours === undefined ? text("services.local.hours") : inLang(local.hours, lang),
    ...(local.website ? { website: local.website } : {}),
  };
}
