import * as z from "zod/mini";
import { type Lang, SOURCE_LANG } from "../i18n/languages";

/**
 * A text an organisation gives in its config (a local service's name, hours or what it helps
 * with; its own name and contact): one string for every language, or one per language,
 * `{ "en": "Weekdays, 9am to 5pm", "cy": "Yn ystod yr wythnos, 9am tan 5pm" }`.
 */
export type Localised = string | Readonly<Partial<Record<Lang, string>>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The problem with one text, or null: said the way the rest of the config's messages are. */
function textProblem(value: unknown, max: number): string | null {
  if (typeof value !== "string") return "must be text";
  if (value.trim() === "") return "must not be empty";
  if (value.trim().length > max) return `must be at most ${max} characters`;
  return null;
}

/** A Localised setting of at most `max` characters a language, for the languages in `codes`. */
export function localised(max: number, codes: readonly string[]) {
  return z.pipe(
    z.custom<Localised>().check(
      z.superRefine((value, ctx) => {
        const issue = (message: string, path: PropertyKey[] = []) =>
          ctx.addIssue({ code: "custom", message, path, input: value });
        if (value === undefined) return issue("is missing");
        if (typeof value === "string") {
          const problem = textProblem(value, max);
          if (problem) issue(problem);
          return;
        }
        if (!isRecord(value) || Object.keys(value).length === 0) {
          return issue(`must be text, or text for each language like { "en": "…", "cy": "…" }`);
        }
        for (const [lang, text] of Object.entries(value)) {
          if (!codes.includes(lang))
            issue(`is not a language of the site: use one of ${codes.map((c) => `"${c}"`).join(", ")}`, [lang]);
          else {
            const problem = textProblem(text, max);
            if (problem) issue(problem, [lang]);
          }
        }
      }),
    ),
    z.transform(
      (value: Localised): Localised =>
        typeof value === "string"
          ? value.trim()
          : Object.fromEntries(Object.entries(value).map(([lang, text]) => [lang, String(text).trim()])),
    ),
  );
}

/** The text in a language: the one string, or that language's (English where it has none). */
export function inLang(value: Localised, lang: Lang): string {
  if (typeof value === "string") return value;
  return value[lang] ?? value[SOURCE_LANG] ?? Object.values(value)[0] ?? "";
}

/** The languages offered that a per-language text has no wording for (none for one string). */
export function missingLanguages(value: Localised | undefined, offered: readonly Lang[]): Lang[] {
  if (value === undefined || typeof value === "string") return [];
  return offered.filter((lang) => value[lang] === undefined);
}
