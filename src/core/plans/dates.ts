import { LANGUAGE_INFO, type Lang } from "../i18n/languages";
import { uiLang } from "../i18n/runtime";

/** Dates as plans keep them (YYYY-MM-DD) and as people read them in the page's language. */

/** Today as YYYY-MM-DD in the person's own time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

const formats = new Map<Lang, Intl.DateTimeFormat>();

/** Day, month and year in the language's order, always in Western digits (0–9), as the keypad shows. */
function dayFormat(lang: Lang): Intl.DateTimeFormat {
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(`${LANGUAGE_INFO[lang].htmlLang}-u-nu-latn`, {
      day: "2-digit",
      month: "2-digit",
      year: "numeric",
      timeZone: "UTC",
    });
    formats.set(lang, format);
  }
  return format;
}

/**
 * 2027-03-10 → 10/03/2027 in the page's language; anything else is shown as it is. One
 * argument only, so it can be given to map() (which passes an index second).
 */
export function formatDay(iso: string): string {
  return formatDayIn(iso, uiLang());
}

/** A day as a language writes it (English, Welsh and Arabic all give 10/03/2027). */
export function formatDayIn(iso: string, lang: Lang): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1000) return iso;
  return dayFormat(lang).format(date);
}
