// @ts-check
/**
 * How the islands' code is cut into files. By default the bundler cuts at every shared module
 * and every lazy import, so a plan page fetched about 20 small files; gzip compresses each
 * alone, and the same names and idioms are paid for again in every file (5 KB of a 33 KB page).
 *
 * Here, the code a page's first screen needs is kept together: a module that islands reach by
 * static imports goes into one file with every other module that the same islands' first
 * screens need, whichever islands load it later. So code that one page shows first and others
 * load only when needed (the child's steps, the card of numbers, the adult's tailored parts)
 * rides in that page's file instead of one of its own (each file gzips alone, and names each
 * file imports and exports are paid for again); a page that needs it later fetches that file,
 * whose other modules only define things. An island's starting script is never put in a group,
 * so loading a group never starts an island. What only loads later is cut as before, at each
 * import(), so nothing lazy comes early. `npm run bench` measures the result.
 */

/** @typedef {{ isEntry: boolean, importers: readonly string[] }} Info */

/**
 * A hydration entry: the script of an island's page component (src/islands/<folder>/<Name>.astro),
 * which starts the island (src/islands/boot/).
 */
const isIsland = (/** @type {string} */ id, /** @type {Info} */ info) =>
  info.isEntry && /\/src\/islands\/.+\/[A-Z]\w+\.astro\?astro&type=script&/.test(id);

/**
 * Which islands load a module with their first screen: those it is reached from through static
 * imports alone (an import() on the way means later).
 * @param {string} id
 * @param {{ getModuleInfo(id: string): Info | null }} ctx
 */
function firstScreensOf(id, ctx) {
  const islands = new Set();
  const queue = [id];
  const seen = new Set(queue);
  while (queue.length) {
    const next = /** @type {string} */ (queue.pop());
    const info = ctx.getModuleInfo(next);
    if (!info) continue;
    if (isIsland(next, info)) islands.add(next);
    for (const m of info.importers) {
      if (seen.has(m)) continue;
      seen.add(m);
      queue.push(m);
    }
  }
  return [...islands].sort();
}

/** A short, neutral name (file names must not say what the site is for). */
function nameFor(/** @type {string} */ text) {
  let h = 0;
  for (const ch of text) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return `c${(h >>> 0).toString(36)}`;
}

/** The bundler's codeSplitting option (rolldown), for the browser build. */
export function firstScreenChunks() {
  return {
    // Each module goes where its own answer says, not pulled along by a module that imports it.
    includeDependenciesRecursively: false,
    groups: [
      {
        /** @param {string} id @param {any} ctx */
        name(id, ctx) {
          // Only what some island's first screen needs; the rest is cut as before, at each import().
          const first = firstScreensOf(id, ctx);
          if (!first.length || ctx.getModuleInfo(id)?.isEntry) return null;
          return nameFor(first.join(","));
        },
      },
    ],
  };
}

/**
 * A Vite plugin that cuts the browser's code this way. Only the browser build: the build-time
 * render has its own entry rules. Entries may export more than their island, which this needs.
 * @returns {import("vite").Plugin}
 */
export function firstScreenChunksPlugin() {
  return {
    name: "first-screen-chunks",
    applyToEnvironment: (environment) => environment.name === "client",
    options: (options) => ({ ...options, preserveEntrySignatures: "allow-extension" }),
    outputOptions: (output) => {
      const named = output.entryFileNames ?? "_astro/[name].[hash].js";
      return {
        ...output,
        codeSplitting: firstScreenChunks(),
        // An island's starting script would be named after its component file
        // ("PlanIsland.astro_astro_type_script_index_0_lang"): a hash says nothing.
        entryFileNames: (chunk) =>
          chunk.name.includes("_astro_type_script_")
            ? "_astro/[hash].js"
            : typeof named === "function"
              ? named(chunk)
              : named,
      };
    },
  };
}
