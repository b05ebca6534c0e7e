import type { Catalogue } from "./entry";

/** A language's words, loaded from their own file (word-loaders.ts, practice-words.ts). */
export type Loader = () => Promise<Catalogue>;
/** What import.meta.glob finds: each file's path, and how to load it. */
export type Found = Record<string, () => Promise<Record<string, Catalogue>>>;

/** A file's words, by its path in the glob and the name they are exported by. */
export function loaderOf(found: Found, path: string, exportName: string): Loader {
  const load = found[path];
  if (!load) throw new Error(`src/core/i18n/${path.slice(2)} is missing`);
  return () => load().then((m) => m[exportName] as Catalogue);
}
