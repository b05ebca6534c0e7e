/**
 * One catalogue entry: a sentence, a list (paragraphs, questions), or a plural, whose forms
 * follow Intl.PluralRules for the language (Welsh and Arabic have six, English two).
 * Placeholders are written {name}; every language must use the same ones as English.
 */
export type PluralForm = "zero" | "one" | "two" | "few" | "many" | "other";
export type Plural = { readonly other: string } & { readonly [F in PluralForm]?: string | undefined };
export type Entry = string | readonly string[] | Plural;
export type Catalogue = Readonly<Record<string, Entry>>;
export type Vars = Readonly<Record<string, string | number>>;

export const PLURAL_FORMS: readonly PluralForm[] = ["zero", "one", "two", "few", "many", "other"];

export function isPlural(entry: Entry | undefined): entry is Plural {
  return typeof entry === "object" && entry !== null && !Array.isArray(entry) && "other" in entry;
}

/** Puts values into {placeholders}; an unknown placeholder is left as written, so it shows in tests. */
export function format(text: string, vars?: Vars): string {
  if (!vars) return text;
  return text.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The placeholders a text uses, sorted, for checking that translations keep them. */
export function placeholders(entry: Entry): string[] {
  const texts = typeof entry === "string" ? [entry] : Array.isArray(entry) ? entry : Object.values(entry);
  const names = new Set<string>();
  for (const text of texts as string[]) for (const m of text.matchAll(/\{([a-zA-Z]+)\}/g)) names.add(m[1] ?? "");
  return [...names].sort();
}

const rulesCache = new Map<string, Intl.PluralRules>();

/** The form of a plural for a count, in a language; "other" when the language has no such form. */
export function pluralText(htmlLang: string, entry: Plural, count: number): string {
  let rules = rulesCache.get(htmlLang);
  if (!rules) {
    rules = new Intl.PluralRules(htmlLang);
    rulesCache.set(htmlLang, rules);
  }
  const form = rules.select(count) as PluralForm;
  return format(entry[form] ?? entry.other, { count });
}
