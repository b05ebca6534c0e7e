import type { SiteConfig } from "./schema";
import { EMERGENCY, mainHelpline, SPECIALIST_HELPLINES } from "./services";

export interface NumberEntry {
  name: string;
  phone: string;
  note: string;
}

/** The numbers a plan shows: 999 (and 55), the nation's helpline, then local services. */
export function planNumbers(config: SiteConfig): NumberEntry[] {
  const helpline = mainHelpline(config.nation);
  return [
    {
      name: "Emergency",
      phone: EMERGENCY.phone,
      note: "Police, ambulance. If you cannot speak on a mobile, press 55 when asked.",
    },
    { name: helpline.name, phone: helpline.phone, note: helpline.hours },
    ...config.localServices.map((s) => ({ name: s.name, phone: s.phone, note: s.hours ?? "" })),
  ];
}

/** For children and young people: 999, Childline and the NSPCC, then local services. */
export function childNumbers(config: SiteConfig): NumberEntry[] {
  const pick = (id: string) => SPECIALIST_HELPLINES.find((s) => s.id === id);
  const childline = pick("childline");
  const nspcc = pick("nspcc");
  return [
    { name: "Emergency", phone: EMERGENCY.phone, note: "If you cannot speak on a mobile, press 55 when asked." },
    ...(childline
      ? [{ name: childline.name, phone: childline.phone, note: "Free. It does not show on the phone bill." }]
      : []),
    ...(nspcc ? [{ name: nspcc.name, phone: nspcc.phone, note: "" }] : []),
    ...config.localServices.map((s) => ({ name: s.name, phone: s.phone, note: s.hours ?? "" })),
  ];
}
