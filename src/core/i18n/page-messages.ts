import { site } from "../config/site";
import { catalogueWith } from "./catalogue";
import type { UiMessages } from "./keys";
import { type Lang, splitLangPath } from "./languages";
import type { PageMessages } from "./runtime";
import { earlyPartsFor, partOfKey, type UiPart } from "./ui-parts";

/**
 * What a page with islands carries: the islands' words in its own language, with the
 * organisation's wording in, less the late parts it does not carry (ui-parts.ts), and its
 * wording for everything that loads later (late parts, plans, practice).
 */
export function pageMessagesFor(lang: Lang, parts: readonly UiPart[] = []): PageMessages {
  const all = catalogueWith(lang, site.messages);
  const carried = (key: string) => {
    const part = partOfKey(key);
    return !part || parts.includes(part);
  };
  const mine = site.messages[lang] ?? {};
  const later = new Set([
    ...Object.keys(all.ui).filter((key) => !carried(key)),
    ...[...Object.values(all.plans), ...Object.values(all.practice)].flatMap((p) => Object.keys(p)),
  ]);
  return {
    lang,
    ui: Object.fromEntries(Object.entries(all.ui).filter(([key]) => carried(key))) as Partial<UiMessages>,
    parts,
    overrides: Object.fromEntries(Object.entries(mine).filter(([key]) => later.has(key))),
  };
}

/** The words the page at this address carries: its language, and the late parts its first screen shows. */
export function pageMessagesForUrl(url: URL): PageMessages {
  const { lang, path } = splitLangPath(url.pathname);
  return pageMessagesFor(lang, earlyPartsFor(path));
}
