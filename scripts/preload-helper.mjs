// @ts-check
/**
 * The bundler wraps each import() in a helper that asks for the lazy file's own imports beside
 * it (a `<link rel="modulepreload">` each), so they do not wait for it to be parsed. Vite's
 * helper also preloads CSS, waits for every preload to settle, checks a CSP nonce meta tag and
 * raises an event on failure: about 1.8 KB of code (0.7 KB gzipped) on every page with an
 * island, where this site needs none of that: island styles come with the page
 * (scripts/island-styles.mjs), the CSP has no nonces, and nothing listens for the event. This
 * swaps in a helper that only starts the preloads and then the import, and stops the build if
 * a lazy file ever brings a stylesheet, which this helper would not load.
 */

const HELPER_ID = "\0vite/preload-helper.js";

/** The helper's code: `base` is the site's base path ("/"), the deps are paths from it. */
export function preloadHelperCode(/** @type {string} */ base) {
  return `const seen = new Set();
export const __vitePreload = (load, deps) => {
  if (deps) for (const dep of deps) {
    const href = ${JSON.stringify(base)} + dep;
    if (seen.has(href)) continue;
    seen.add(href);
    const link = document.createElement("link");
    link.rel = "modulepreload";
    link.href = href;
    document.head.appendChild(link);
  }
  return load();
};
`;
}

/** @returns {import("vite").Plugin} */
export function smallPreloadHelper() {
  let base = "/";
  return {
    name: "small-preload-helper",
    applyToEnvironment: (environment) => environment.name === "client",
    configResolved(config) {
      base = config.base;
    },
    transform(_code, id) {
      if (id === HELPER_ID) return { code: preloadHelperCode(base), map: null };
      return null;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === "chunk" && /__vite__mapDeps=[^;]*\.css/.test(file.code))
          this.error(
            `${file.fileName}: a lazily loaded file brings a stylesheet, which scripts/preload-helper.mjs does not load`,
          );
      }
    },
  };
}
