// @ts-check
/**
 * The islands find each language's words with import.meta.glob over src/core/i18n/<lang>/…,
 * which would put every language's file names (and a chunk for each) into the JS of every page.
 * This narrows each of those globs to the languages the site offers (config `languages`), and
 * the browser's copy of the list of languages to those entries (and the fields it reads), so a page's code names no
 * language beyond its language links and carries no loader it cannot use (issue 23). It runs
 * before Vite's own glob step.
 */

/** The files whose import.meta.glob calls have a language folder as a `*` (the loaders of words). */
const LOADERS = /\/src\/core\/i18n\/(word-loaders|practice-words)\.ts$/;

/**
 * The glob patterns in `code` with their language folder narrowed to `languages`.
 * @param {string} code @param {readonly string[]} languages
 */
export function narrowLanguageGlobs(code, languages) {
  const folder = languages.length === 1 ? languages[0] : `{${languages.join(",")}}`;
  // The glob's pattern: "./*/ui/…", "./*/plans/…" or "./*/practice/…", written beside the
  // language folders (word-loaders.ts, practice-words.ts).
  return code.replace(/"\.\/\*\/(ui|plans|practice)\//g, (_whole, kind) => `"./${folder}/${kind}/`);
}

/** The one list of languages (src/core/i18n/languages.ts). */
const LIST_FILE = /\/src\/core\/i18n\/languages\.ts$/;
const LIST_START = "export const LANGUAGE_LIST = [";
const LIST_END = "] as const satisfies readonly LanguageInfo[];";

/**
 * The fields of an entry that only the build reads (its pages' language links, the config's
 * checks and report): each on its own line in languages.ts. The browser's code reads a language's
 * code, htmlLang, dir and voicePrefix alone, so it carries no more (94 bytes gzipped with seven).
 */
const BUILD_ONLY = /^[ \t]*(name|englishName|quality|offeredByDefault):[^\n]*\n/gm;

/**
 * An entry without the fields LANGUAGE_INFO fills in by itself (languages.ts): `dir: "ltr"`, and
 * an htmlLang or voicePrefix that is the language's code.
 * @param {string} entry
 */
function withoutDefaults(entry) {
  const code = /\bcode:\s*"([a-z]{2})"/.exec(entry)?.[1];
  return entry
    .replace(/^[ \t]*dir:\s*"ltr",?[ \t]*\n/m, "")
    .replace(new RegExp(`^[ \\t]*(htmlLang|voicePrefix):\\s*"${code}",?[ \\t]*\\n`, "gm"), "");
}

/**
 * The list of languages in `code` with only the entries of `languages`, each without its
 * build-only fields: the browser's code then
 * carries no other language's name. Each entry is one `{ … }` at the list's top level.
 * @param {string} code @param {readonly string[]} languages
 */
export function narrowLanguageList(code, languages) {
  const start = code.indexOf(LIST_START);
  const end = code.indexOf(LIST_END, start);
  if (start < 0 || end < 0) throw new Error("languages.ts: LANGUAGE_LIST not found as expected");
  const inner = code.slice(start + LIST_START.length, end);
  /** @type {string[]} */
  const entries = [];
  let depth = 0;
  let from = -1;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === "{" && depth++ === 0) from = i;
    else if (inner[i] === "}" && --depth === 0) entries.push(inner.slice(from, i + 1));
  }
  const codeOf = (/** @type {string} */ entry) => /\bcode:\s*"([a-z]{2})"/.exec(entry)?.[1];
  const kept = entries
    .filter((entry) => languages.includes(codeOf(entry) ?? ""))
    .map((entry) => withoutDefaults(entry.replace(BUILD_ONLY, "")));
  if (kept.length !== languages.length)
    throw new Error(
      `languages.ts: found ${entries.map(codeOf).join(", ")}, but the site offers ${languages.join(", ")}`,
    );
  return `${code.slice(0, start)}${LIST_START}\n  ${kept.join(",\n  ")},\n${code.slice(end)}`;
}

/**
 * @param {readonly string[]} languages the languages the site offers
 * @returns {import("vite").Plugin[]}
 */
export function offeredLanguagesPlugin(languages) {
  return [
    {
      name: "offered-languages",
      enforce: "pre",
      transform(code, id) {
        if (!LOADERS.test(id.split("?")[0] ?? "")) return null;
        const narrowed = narrowLanguageGlobs(code, languages);
        if (narrowed === code) this.error(`${id}: no language glob found to narrow (scripts/offered-languages.mjs)`);
        return { code: narrowed, map: null };
      },
    },
    {
      // The browser's code only: the build-time render and the config's checks keep the whole list.
      name: "offered-languages-list",
      enforce: "pre",
      applyToEnvironment: (environment) => environment.name === "client",
      transform(code, id) {
        if (!LIST_FILE.test(id.split("?")[0] ?? "")) return null;
        return { code: narrowLanguageList(code, languages), map: null };
      },
    },
  ];
}
