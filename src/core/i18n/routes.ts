import { site } from "../config/site";
import { isLang, type Lang, SOURCE_LANG } from "./languages";

/**
 * Every page lives under src/pages/[...lang]/, so one file makes the English page and its
 * twins (/cy/…, /ar/…) for each language the organisation offers.
 */
export function languagePaths() {
  return site.languages.map((lang) => ({ params: { lang: lang === SOURCE_LANG ? undefined : lang } }));
}

/** The page's language, from its address. */
export function pageLang(param: string | undefined): Lang {
  return isLang(param) ? param : SOURCE_LANG;
}
