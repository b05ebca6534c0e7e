// @ts-check
/**
 * The islands find each language's words with import.meta.glob over src/core/i18n/<lang>/…,
 * which would put every language's file names (and a chunk for each) into the JS of every page.
 * This narrows each of those globs to the languages the site offers (config `languages`), so a
 * page's code names no language beyond its language links and carries no loader it cannot use
 * (issue 23). It runs before Vite's own glob step.
 */

/** Files whose import.meta.glob has a language folder as a `*` (the loaders of words). */
const LOADERS =
  /\/src\/(core\/i18n\/ui-loaders\.ts|islands\/workspace\/loaders\.ts|islands\/child\/LazyPractice\.tsx)$/;

/**
 * The glob patterns in `code` with their language folder narrowed to `languages`.
 * @param {string} code @param {readonly string[]} languages
 */
export function narrowLanguageGlobs(code, languages) {
  const folder = languages.length === 1 ? languages[0] : `{${languages.join(",")}}`;
  // The glob's pattern: "./*/ui/…" (ui-loaders.ts) or "../../core/i18n/*/plans/…" (the islands').
  return code.replace(
    /"(\.\/|(?:\.\.\/)+core\/i18n\/)\*\/(ui|plans|practice)\//g,
    (_whole, before, kind) => `"${before}${folder}/${kind}/`,
  );
}

/**
 * @param {readonly string[]} languages the languages the site offers
 * @returns {import("vite").Plugin}
 */
export function offeredLanguagesPlugin(languages) {
  return {
    name: "offered-languages",
    enforce: "pre",
    transform(code, id) {
      if (!LOADERS.test(id.split("?")[0] ?? "")) return null;
      const narrowed = narrowLanguageGlobs(code, languages);
      if (narrowed === code) this.error(`${id}: no language glob found to narrow (scripts/offered-languages.mjs)`);
      return { code: narrowed, map: null };
    },
  };
}
