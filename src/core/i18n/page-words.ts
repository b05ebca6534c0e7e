import { inLang } from "../config/localised";
import { PLACEHOLDER_ORGANISATION, type SiteConfig } from "../config/schema";
import { site } from "../config/site";
import { catalogueWith } from "./catalogue";
import type { en } from "./en/flat";
import { format, isPlural, pluralText, type Vars } from "./entry";
import { LANGUAGE_INFO, type Lang, localPath, splitLangPath } from "./languages";
import { flatten } from "./parts";
import { richHtml } from "./rich";
import type { ListKey, PluralKey, TextKey } from "./types";

type All = typeof en;
export type PageTextKey = TextKey<All>;
export type PageListKey = ListKey<All>;

const merged = new Map<Lang, ReturnType<typeof flatten>>();

/**
 * The words for one page, at build time: its language's catalogue with the organisation's own
 * wording in. `rich` allows **strong** and [links](/path/) (see rich.ts); `href` keeps a link
 * inside the page's language.
 */
export function pageWords(lang: Lang) {
  // Every component of every page asks for its words: merge each language's catalogue once.
  let all = merged.get(lang);
  if (!all) {
    all = flatten(catalogueWith(lang, site.messages));
    merged.set(lang, all);
  }
  const info = LANGUAGE_INFO[lang];
  const text = (key: PageTextKey, vars?: Vars): string => {
    const entry = all[key];
    return typeof entry === "string" ? format(entry, vars) : key;
  };
  return {
    lang,
    info,
    text,
    list: (key: PageListKey): readonly string[] => {
      const entry = all[key];
      return Array.isArray(entry) ? entry : [];
    },
    count: (key: PluralKey<All>, n: number, vars?: Vars): string => {
      const entry = all[key];
      return isPlural(entry) ? format(pluralText(info.htmlLang, entry, n), vars) : key;
    },
    rich: (key: PageTextKey, vars?: Vars): string => richHtml(text(key, vars), lang),
    richOf: (sentence: string): string => richHtml(sentence, lang),
    href: (path: string): string => localPath(lang, path),
  };
}

export type PageWords = ReturnType<typeof pageWords>;

/** The words for the page at this address. */
export function wordsFor(url: URL): PageWords {
  return pageWords(splitLangPath(url.pathname).lang);
}

/**
 * Who runs the site, for the footer and the About page. The placeholder that a fresh copy
 * names is in the catalogue, so it reads in every language; an organisation's own name and
 * contact are its own words, in the page's language where it gives them per language.
 */
export function organisationText(
  w: PageWords,
  config: Pick<SiteConfig, "organisation"> = site,
): { name: string; contact: string } {
  const { name, contact } = config.organisation;
  const placeholder = name === PLACEHOLDER_ORGANISATION.name;
  return placeholder
    ? { name: w.text("organisation.placeholderName"), contact: w.text("organisation.placeholderContact") }
    : { name: inLang(name, w.lang), contact: inLang(contact, w.lang) };
}
