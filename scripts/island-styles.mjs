// @ts-check
/**
 * The islands' stylesheets reach the browser once, with the page. Astro links every stylesheet
 * that a page's build-time render imports, the islands' included (and those of the parts they
 * load later, as the render imports them all). The islands' code is started by a module script
 * (src/islands/boot/), and Astro links a script's stylesheets too: the same rules a second time,
 * in other files (an adult's plan page fetched 40 KB of CSS instead of 25). So in the browser's
 * bundle an island's stylesheet import is empty; the page's own links carry the styles.
 * @returns {import("vite").Plugin}
 */
export function islandStylesFromPagesOnly() {
  const EMPTY = "\0island-styles-come-with-the-page";
  return {
    name: "island-styles-from-pages-only",
    enforce: "pre",
    applyToEnvironment: (environment) => environment.name === "client",
    resolveId(id, importer) {
      if (importer && /\/src\/islands\//.test(importer) && /\.css(\?.*)?$/.test(id)) return EMPTY;
      return null;
    },
    load(id) {
      return id === EMPTY ? "" : null;
    },
  };
}
