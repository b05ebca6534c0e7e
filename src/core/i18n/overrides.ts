import { REGISTRY, type Registry } from "./catalogue";
import { type Entry, isPlural, placeholders } from "./entry";
import { flatten } from "./parts";

const kindOf = (entry: Entry) =>
  typeof entry === "string" ? "a sentence" : Array.isArray(entry) ? "a list of sentences" : "a plural";

/**
 * What is wrong with an organisation's own wording (config `messages`): a key the catalogue
 * does not have, an entry of the wrong kind, or a sentence that drops or adds a {placeholder}.
 * One line per problem, naming the key, so the build can say exactly what to fix.
 */
export function overrideProblems(
  messages: Partial<Record<string, Readonly<Record<string, Entry>>>>,
  registry: Registry = REGISTRY,
): string[] {
  const problems: string[] = [];
  for (const [lang, { catalogue }] of Object.entries(registry)) {
    const mine = messages[lang];
    if (!mine) continue;
    const source = flatten(catalogue);
    for (const [key, entry] of Object.entries(mine)) {
      const where = `messages.${lang}["${key}"]`;
      const expected = source[key];
      if (expected === undefined) {
        problems.push(`${where}: is not a key of the catalogue; check its spelling against src/core/i18n/en/`);
        continue;
      }
      if (kindOf(expected) !== kindOf(entry) || (isPlural(expected) && !isPlural(entry))) {
        problems.push(`${where}: must be ${kindOf(expected)}, like the entry it replaces`);
        continue;
      }
      const want = placeholders(expected).join(", ");
      if (placeholders(entry).join(", ") !== want) {
        problems.push(
          want
            ? `${where}: must keep the placeholders ${placeholders(expected)
                .map((p) => `{${p}}`)
                .join(", ")} and no others`
            : `${where}: has a {placeholder}, but this entry takes none`,
        );
      }
    }
  }
  return problems;
}
