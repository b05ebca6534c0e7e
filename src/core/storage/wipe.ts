import { DB_NAME } from "./names";

/**
 * Clears everything a browser lets this site keep: IndexedDB, localStorage, sessionStorage,
 * the Cache API and cookies. Used when a professional ends a session. Each step is guarded:
 * one storage being blocked must not stop the others being cleared.
 *
 * The saved plan's database is kept unless deleteSavedPlan is set: a session deletes only a
 * plan it saved itself (a hand-over it was told not to keep), never a person's own.
 */
export async function wipeEverything(options: { deleteSavedPlan?: boolean } = {}): Promise<string[]> {
  const keep = options.deleteSavedPlan ? undefined : DB_NAME;
  const failed: string[] = [];
  const attempt = async (name: string, step: () => unknown) => {
    try {
      await step();
    } catch {
      failed.push(name);
    }
  };
  await attempt("sessionStorage", () => globalThis.sessionStorage?.clear());
  await attempt("localStorage", () => globalThis.localStorage?.clear());
  await attempt("indexedDB", async () => {
    if (typeof indexedDB === "undefined") return;
    // Browsers without databases() (Firefox before 126): delete ours by name.
    const names =
      typeof indexedDB.databases === "function"
        ? (await indexedDB.databases()).flatMap((db) => (db.name ? [db.name] : []))
        : [DB_NAME];
    for (const name of names) {
      if (name === keep) continue;
      await new Promise<void>((resolve) => {
        const request = indexedDB.deleteDatabase(name);
        request.onsuccess = () => resolve();
        request.onerror = () => resolve();
        request.onblocked = () => resolve();
      });
    }
  });
  await attempt("caches", async () => {
    if (typeof caches === "undefined") return;
    for (const key of await caches.keys()) await caches.delete(key);
  });
  await attempt("cookies", () => {
    if (typeof document === "undefined") return;
    for (const cookie of document.cookie.split(";")) {
      const name = cookie.split("=")[0]?.trim();
      // biome-ignore lint/suspicious/noDocumentCookie: expiring cookies is the only way to delete them.
      if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
    }
  });
  return failed;
}
