import { SOURCE_LANG as SOURCE } from "./source-lang";

export interface LanguageInfo {
  /** The language's code: its folder (src/core/i18n/<code>/) and its addresses (/<code>/…). */
  code: string;
  /** The language's name in that language, as the language links show it. */
  name: string;
  /** For docs and build messages. */
  englishName: string;
  /** The page's `lang` attribute. */
  htmlLang: string;
  dir: "ltr" | "rtl";
  /** Read aloud uses a local voice whose `lang` starts with this; none means "not available". */
  voicePrefix: string;
  /**
   * How far its words have been checked, before an organisation's own fluent review (config
   * `reviews`, which outranks this): "source" (English), "drafted" (written, not yet checked
   * term by term), or "glossary" (checked against the glossary in docs/translations.md).
   */
  quality: "source" | "drafted" | "glossary";
  /**
   * Offered when the configuration does not list its languages. A new language stays off until
   * an organisation turns it on (config `languages`), with the build's warning until reviewed.
   */
  offeredByDefault: boolean;
}

/**
 * The one list of the languages the site is written in. A language is its folder of catalogue
 * files (src/core/i18n/<code>/, docs/translations.md) and its entry here: the build, the
 * loaders and the tests find the rest. English is the source: every other catalogue has
 * exactly its keys. The choice is carried by the address alone (/cy/…, /ar/…): nothing is
 * stored, so a shared device keeps no trace of which language was used. Whether a fluent
 * speaker has reviewed a language is the organisation's record (config `reviews`). The browser's
 * copy holds only the languages offered, each with its code, htmlLang, dir and voicePrefix alone
 * (scripts/offered-languages.mjs): read the other fields at build time only.
 */
export const LANGUAGE_LIST = [
  {
    code: "en",
    name: "English",
    englishName: "English",
    htmlLang: "en-GB",
    dir: "ltr",
    voicePrefix: "en",
    quality: "source",
    offeredByDefault: true,
  },
  {
    code: "cy",
    name: "Cymraeg",
    englishName: "Welsh",
    htmlLang: "cy",
    dir: "ltr",
    voicePrefix: "cy",
    quality: "glossary",
    offeredByDefault: true,
  },
  {
    code: "ar",
    name: "العربية",
    englishName: "Arabic",
    htmlLang: "ar",
    dir: "rtl",
    voicePrefix: "ar",
    quality: "glossary",
    offeredByDefault: true,
  },
  {
    code: "pl",
    name: "Polski",
    englishName: "Polish",
    htmlLang: "pl",
    dir: "ltr",
    voicePrefix: "pl",
    quality: "drafted",
    offeredByDefault: false,
  },
  {
    code: "ro",
    name: "Română",
    englishName: "Romanian",
    htmlLang: "ro",
    dir: "ltr",
    voicePrefix: "ro",
    quality: "drafted",
    offeredByDefault: false,
  },
  {
    code: "ur",
    name: "اردو",
    englishName: "Urdu",
    htmlLang: "ur",
    dir: "rtl",
    voicePrefix: "ur",
    quality: "drafted",
    offeredByDefault: false,
  },
  {
    code: "pa",
    name: "ਪੰਜਾਬੀ",
    englishName: "Panjabi",
    htmlLang: "pa",
    dir: "ltr",
    voicePrefix: "pa",
    quality: "drafted",
    offeredByDefault: false,
  },
] as const satisfies readonly LanguageInfo[];

export type Lang = (typeof LANGUAGE_LIST)[number]["code"];
export const LANGUAGES: readonly Lang[] = LANGUAGE_LIST.map((l) => l.code);
export const SOURCE_LANG: Lang = SOURCE;
/** What a configuration without `languages` offers: the languages marked offeredByDefault. */
// Pure: the browser's code never reads it, and its bundler then leaves it out.
export const DEFAULT_LANGUAGES: readonly Lang[] = /* @__PURE__ */ (() =>
  LANGUAGE_LIST.filter((l) => l.offeredByDefault).map((l) => l.code))();

/**
 * An entry with what goes without saying filled in: left to right, and a page language and voice
 * named by the language's code. The browser's copy of the list leaves those out
 * (scripts/offered-languages.mjs).
 */
export function languageInfo(entry: Partial<LanguageInfo> & { code: string }): LanguageInfo {
  return { dir: "ltr", htmlLang: entry.code, voicePrefix: entry.code, ...entry } as LanguageInfo;
}

export const LANGUAGE_INFO = Object.fromEntries(LANGUAGE_LIST.map((l) => [l.code, languageInfo(l)])) as Record<
  Lang,
  LanguageInfo
>;

export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** "/about/" in Welsh is "/cy/about/"; English keeps the plain address. */
export function localPath(lang: Lang, path: string): string {
  if (lang === SOURCE_LANG || !path.startsWith("/")) return path;
  return `/${lang}${path}`;
}

/** The language an address is in, and the address without its language. */
export function splitLangPath(pathname: string): { lang: Lang; path: string } {
  const match = /^\/([a-z]{2})(\/.*)$/.exec(pathname);
  if (match && isLang(match[1]) && match[1] !== SOURCE_LANG) return { lang: match[1], path: match[2] ?? "/" };
  return { lang: SOURCE_LANG, path: pathname };
}
