import { LANGUAGE_INFO, type Lang } from "../i18n/languages";
import { uiLang } from "../i18n/runtime";

const formats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * A plan's date (YYYY-MM-DD) as the page's language writes it: 10/03/2027 in English and Welsh.
 * Digits stay Western in every language, as on the phone's keypad. Anything else is shown as it is.
 */
export function formatDate(iso: string, lang: Lang = uiLang()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return iso;
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(LANGUAGE_INFO[lang].htmlLang, {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      timeZone: "UTC",
      numberingSystem: "latn",
    });
    formats.set(lang, format);
  }
  return format.format(day);
}
