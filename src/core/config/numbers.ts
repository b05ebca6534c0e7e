import type { Lang } from "../i18n/languages";
import { serviceText } from "./panel";
import type { SiteConfig } from "./schema";
import { EMERGENCY, mainHelpline, SPECIALIST_HELPLINES } from "./services";

export interface NumberEntry {
  name: string;
  phone: string;
  note: string;
}

/** The numbers a plan shows: 999 (and 55), the nation's helpline, then local services; in the page's language. */
export function planNumbers(config: SiteConfig, lang: Lang): NumberEntry[] {
  const text = serviceText(config, lang);
  const helpline = mainHelpline(config.nation);
  return [
    { name: text("services.plan.emergencyName"), phone: EMERGENCY.phone, note: text("services.plan.emergencyNote") },
    { name: helpline.name, phone: helpline.phone, note: text(helpline.hours) },
    ...config.localServices.map((s) => ({ name: s.name, phone: s.phone, note: s.hours ?? "" })),
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
      phone: EMERGENCY.phone,
      note: text("services.plan.childEmergencyNote"),
    },
    ...(childline ? [{ name: childline.name, phone: childline.phone, note: text("services.plan.childlineNote") }] : []),
    ...(nspcc ? [{ name: nspcc.name, phone: nspcc.phone, note: "" }] : []),
    ...config.localServices.map((s) => ({ name: s.name, phone: s.phone, note: s.hours ?? "" })),
  ];
}
