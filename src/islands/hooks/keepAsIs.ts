/**
 * The attribute translate="no", for a name that stays as people know it in every language (a
 * service's name) or words that must be typed exactly as shown (a suggested passphrase), so a
 * translating browser leaves them alone. Spread it as the element renders: <strong {...keepAsIs()}>, or
 * <strong {...keepAsIs(entry.ownName, entry.nameLang)}> where only some names are a service's own.
 *
 * `lang` is the language the kept words are in, when it is known (a national service's name is
 * English): a screen reader then says them with that language's voice, not the page's, so
 * "Childline" on an Arabic page is not read out with Arabic letter sounds. On an English page it
 * says what the page already says, which does no harm.
 *
 * Not simply translate="no": in the browser Preact sets `translate` as the element's boolean
 * property, where the string "no" counts as true and writes translate="yes". So the build's HTML
 * gets "no" and the browser false, which it writes as translate="no". Decided at each render.
 * (preact/compat would turn "no" into false at the build too, which the HTML then leaves out:
 * the islands do not load it; see hooks/memo.ts.)
 */
export function keepAsIs(keep = true, lang?: string): { translate?: boolean; lang?: string } {
  if (!keep) return {};
  const inLanguage = lang ? { lang } : {};
  return typeof document === "undefined"
    ? ({ translate: "no", ...inLanguage } as unknown as { translate: boolean })
    : { translate: false, ...inLanguage };
}
