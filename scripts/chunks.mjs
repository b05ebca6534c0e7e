// @ts-check
/**
 * How the islands' code is cut into files. By default the bundler cuts at every shared module
 * and every lazy import, so a plan page fetched about 20 small files; gzip compresses each
 * alone, and the same names and idioms are paid for again in every file (5 KB of a 33 KB page).
 *
 * Here, the code a page's first screen needs is kept together: a module that islands reach by
 * static imports alone goes into one file with every other module the same islands reach so
 * (and that the same other islands load later). What only loads later (import()) is cut as
 * before, so nothing lazy comes early. `npm run bench` measures the result.
 */

/** @typedef {{ isEntry: boolean, importers: readonly string[], dynamicImporters: readonly string[] }} Info */

/**
 * A hydration entry: the script of an island's page component (src/islands/<folder>/<Name>.astro),
 * which starts the island (src/islands/boot/).
 */
const isIsland = (/** @type {string} */ id, /** @type {Info} */ info) =>
  info.isEntry && /\/src\/islands\/.+\/[A-Z]\w+\.astro\?astro&type=script&/.test(id);

/**
 * Which islands load a module with their first screen (through static imports alone), and
 * which load it only later (through an import() on the way).
 * @param {string} id
 * @param {{ getModuleInfo(id: string): Info | null }} ctx
 */
function whoLoads(id, ctx) {
  const first = new Set();
  const later = new Set();
  /** @type {Array<[string, boolean]>} a module, and whether an import() was met on the way */
  const queue = [[id, false]];
  const seen = new Set([`${id}|false`]);
  while (queue.length) {
    const [next, lazy] = /** @type {[string, boolean]} */ (queue.pop());
    const info = ctx.getModuleInfo(next);
    if (!info) continue;
    if (isIsland(next, info)) (lazy ? later : first).add(next);
    const up = [
      ...info.importers.map((m) => /** @type {[string, boolean]} */ ([m, lazy])),
      ...info.dynamicImporters.map((m) => /** @type {[string, boolean]} */ ([m, true])),
    ];
    for (const [m, l] of up) {
      if (seen.has(`${m}|${l}`)) continue;
      seen.add(`${m}|${l}`);
      queue.push([m, l]);
    }
  }
  return { first: [...first].sort(), later: [...later].filter((i) => !first.has(i)).sort() };
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
          const { first, later } = whoLoads(id, ctx);
          // Only what some island's first screen needs; the rest is cut as before, at each
          // import(). So is one island's own code that other islands load later (the child's
          // steps, read aloud): each of those comes alone, only when it is asked for.
          if (!first.length || (first.length === 1 && later.length)) return null;
          return nameFor(`${first.join(",")};${later.join(",")}`);
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
