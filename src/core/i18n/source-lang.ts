/**
 * The source language, at the plain addresses (/about/, not /en/about/). On its own so that the
 * quick exit's inline script can use it without carrying the list of languages (languages.ts).
 */
export const SOURCE_LANG = "en";
