/**
 * The languages the site is written in. English is the source: every other catalogue has
 * exactly its keys. The choice is carried by the address alone (/cy/…, /ar/…): nothing is
 * stored, so a shared device keeps no trace of which language was used.
 */
export const LANGUAGES = ["en", "cy", "ar"] as const;
export type Lang = (typeof LANGUAGES)[number];
export const SOURCE_LANG: Lang = "en";

export interface LanguageInfo {
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
   * Whether a fluent speaker has read the whole catalogue. The build warns when it offers a
   * language that has not been reviewed, so an organisation knows before it publishes.
   */
  reviewed: boolean;
}

export const LANGUAGE_INFO: Record<Lang, LanguageInfo> = {
  en: { name: "English", englishName: "English", htmlLang: "en-GB", dir: "ltr", voicePrefix: "en", reviewed: true },
  cy: { name: "Cymraeg", englishName: "Welsh", htmlLang: "cy", dir: "ltr", voicePrefix: "cy", reviewed: false },
  ar: { name: "العربية", englishName: "Arabic", htmlLang: "ar", dir: "rtl", voicePrefix: "ar", reviewed: false },
};

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
