import { PLACEHOLDER_DEFAULTS } from "./types";

/* Kept apart from the practice words, so the screens can load one audience's words at a time. */

/** The names that may appear in braces in practice text: {safePlace}, {name}, … */
export type PlaceholderName = keyof typeof PLACEHOLDER_DEFAULTS;

export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDER_DEFAULTS) as readonly PlaceholderName[];

export function isPlaceholderName(key: string): key is PlaceholderName {
  return Object.hasOwn(PLACEHOLDER_DEFAULTS, key);
}

/**
 * Replaces {safePlace}, {trustedPerson}, {nearestPhone}, {name} and {address} with the child's own
 * answers (trimmed), or with PLACEHOLDER_DEFAULTS when an answer is missing or blank, so the text
 * never shows an empty gap. Unknown placeholders are left as they are.
 *
 * Returns plain text: the caller must render it as text, never as HTML.
 */
export function fillPlaceholders(text: string, values: Partial<Record<PlaceholderName, string | undefined>>): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (whole, key: string) => {
    if (!isPlaceholderName(key)) return whole;
    const value = values[key]?.trim();
    return value !== undefined && value !== "" ? value : PLACEHOLDER_DEFAULTS[key];
  });
}
