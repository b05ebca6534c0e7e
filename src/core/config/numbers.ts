import type { Lang } from "../i18n/languages";
import { inLang } from "./localised";
import { serviceText } from "./panel";
import type { SiteConfig } from "./schema";
import { EMERGENCY, mainHelpline, SERVICE_NAME_LANG, SPECIALIST_HELPLINES } from "./services";

export interface NumberEntry {
  name: string;
  /** The name is the service's own, kept as it is in every language (not 999's, which is translated). */
  ownName: boolean;
  /** The language the name is in, when known: English for a national service (not a local one's). */
  nameLang?: string;
  phone: string;
  note: string;
}

/** The organisation's own services, in the page's language (config texts may be given per language). */
function localNumbers(config: SiteConfig, lang: Lang): NumberEntry[] {
  return config.localServices.map((s) => ({
    name: inLang(s.name, lang),
    ownName: true,
    phone: s.phone,
    note: s.hours === undefined ? "" : inLang(s.hours, lang),
  }));
}

/** The numbers a plan shows: 999 (and 55), the nation's helpline, then local services; in the page's language. */
export function planNumbers(config: SiteConfig, lang: Lang): NumberEntry[] {
  const text = serviceText(config, lang);
  const helpline = mainHelpline(config.nation);
  return [
    {
      name: text("services.plan.emergencyName"),
      ownName: false,
      phone: EMERGENCY.phone,
      note: text("services.plan.emergencyNote"),
    },
    {
      name: helpline.name,
      ownName: true,
      nameLang: SERVICE_NAME_LANG,
      phone: helpline.phone,
      note: text(helpline.hours),
    },
    ...localNumbers(config, lang),
  ];
}

/** For children and young people: 999, Childline and the NSPCC, then local services; in the page's language. */
export function childNumbers(config: SiteConfig, lang: Lang): NumberEntry[] {
  const text = serviceText(config, lang);
  const pick = (id: string) => SPECIALIST_HELPLINES.find((s) => s.id === id);
  const childline = pick("childline");
  const nspcc = pick("nspcc");
  return [
    {
      name: text("services.plan.emergencyName"),
      ownName: false,
      phone: EMERGENCY.phone,
      note: text("services.plan.childEmergencyNote"),
    },
    ...(childline
      ? [
          {
            name: childline.name,
            ownName: true,
            nameLang: SERVICE_NAME_LANG,
            phone: childline.phone,
            note: text("services.plan.childlineNote"),
          },
        ]
      : []),
    ...(nspcc ? [{ name: nspcc.name, ownName: true, nameLang: SERVICE_NAME_LANG, phone: nspcc.phone, note: "" }] : []),
    ...localNumbers(config, lang),
  ];
}
