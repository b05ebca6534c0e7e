import { catalogueWith } from "../i18n/catalogue";
import type { Lang } from "../i18n/languages";
import type { SiteConfig } from "./schema";
import {
  EMERGENCY,
  helplinesFor,
  inLanguage,
  localAsService,
  type NationalService,
  type Service,
  type ServiceText,
  SPECIALIST_HELPLINES,
} from "./services";

export interface PanelSection {
  title: string;
  services: Pick<Service, "name" | "ownName" | "nameLang" | "phone" | "forWhom" | "hours">[];
}

/**
 * The services' words in one language, with the organisation's own wording (config
 * `messages`) in. Build time only: the islands receive the words already in their language.
 */
export function serviceText(config: SiteConfig, lang: Lang): ServiceText {
  const words = catalogueWith(lang, config.messages).services;
  return (key) => {
    const entry = words[key];
    return typeof entry === "string" ? entry : key;
  };
}

const slim = ({ name, ownName, nameLang, phone, forWhom, hours }: Service) => ({
  name,
  ownName,
  ...(nameLang ? { nameLang } : {}),
  phone,
  forWhom,
  hours,
});

/** The phone numbers panel inside a workspace: the same numbers as /help/, in the same order, in the page's language. */
export function numbersPanel(config: SiteConfig, lang: Lang): PanelSection[] {
  const text = serviceText(config, lang);
  const shown = (s: NationalService) => slim(inLanguage(s, text));
  const [own, ...otherNations] = helplinesFor(config.nation);
  const local = config.localServices.map((s, i) => slim(localAsService(s, i, text, lang)));
  return [
    { title: text("services.section.inDanger"), services: [shown(EMERGENCY)] },
    { title: text("services.section.helplines"), services: own ? [shown(own)] : [] },
    ...(local.length ? [{ title: text("services.section.local"), services: local }] : []),
    { title: text("services.section.specialist"), services: SPECIALIST_HELPLINES.map(shown) },
    { title: text("services.section.otherNations"), services: otherNations.map(shown) },
  ];
}
