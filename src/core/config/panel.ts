import type { SiteConfig } from "./schema";
import { EMERGENCY, helplinesFor, localAsService, type Service, SPECIALIST_HELPLINES } from "./services";

export interface PanelSection {
  title: string;
  services: Pick<Service, "name" | "phone" | "forWhom" | "hours">[];
}

const slim = ({ name, phone, forWhom, hours }: Service) => ({ name, phone, forWhom, hours });

/** The phone numbers panel inside a workspace: the same numbers as /help/, in the same order. */
export function numbersPanel(config: SiteConfig): PanelSection[] {
  const [own, ...otherNations] = helplinesFor(config.nation);
  const local = config.localServices.map(localAsService);
  return [
    { title: "In danger now", services: [slim(EMERGENCY)] },
    { title: "Helplines", services: own ? [slim(own)] : [] },
    ...(local.length ? [{ title: "Near you", services: local.map(slim) }] : []),
    { title: "Other helplines", services: SPECIALIST_HELPLINES.map(slim) },
    { title: "In other parts of the UK", services: otherNations.map(slim) },
  ];
}
