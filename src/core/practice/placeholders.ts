/* Kept apart from the practice words, so the screens can load one audience's words at a time. */

/** The names that may appear in braces in practice text: {safePlace}, {name}, … */
export const PLACEHOLDER_NAMES = [
  "safePlace",
  "trustedPerson",
  "nearestPhone",
  "neighbour",
  "name",
  "address",
] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];

export function isPlaceholderName(key: string): key is PlaceholderName {
  return (PLACEHOLDER_NAMES as readonly string[]).includes(key);
}

/**
 * Replaces {safePlace}, {trustedPerson}, {nearestPhone}, {neighbour}, {name} and {address} with the child's own
 * answers (trimmed), or with the set's own words for the blank (`blanks`) when an answer is
 * missing or blank, so the text never shows an empty gap. Unknown placeholders are left as they are.
 *
 * Returns plain text: the caller must render it as text, never as HTML.
 */
export function fillPlaceholders(
  text: string,
  values: Partial<Record<PlaceholderName, string | undefined>>,
  blanks: Readonly<Record<PlaceholderName, string>>,
): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (whole, key: string) => {
    if (!isPlaceholderName(key)) return whole;
    const value = values[key]?.trim();
    return value !== undefined && value !== "" ? value : blanks[key];
  });
}
