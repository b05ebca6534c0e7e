import { createStore, del, get, promisifyRequest, set, type UseStore } from "idb-keyval";

/**
 * Where a locked plan is kept: IndexedDB through idb-keyval, or memory when IndexedDB is
 * missing or blocked (some private windows). Every call is guarded: idb-keyval throws
 * synchronously, not as a rejected promise, when indexedDB does not exist.
 */
export interface KeyValue {
  readonly kind: "indexeddb" | "memory";
  get(key: string): Promise<Uint8Array | undefined>;
  set(key: string, value: Uint8Array): Promise<void>;
  /** Writes several entries in one transaction: all of them, or none. */
  setMany(entries: ReadonlyArray<readonly [string, Uint8Array]>): Promise<void>;
  delete(key: string): Promise<void>;
  /** Deletes everything, and the database itself. */
  destroy(): Promise<void>;
}

import { STORAGE_TIMEOUT_MS, withTimeout } from "./detect";
import { DB_NAME, RECORD_KEY, STORE_NAME } from "./names";

export { databaseExists, hasIndexedDb, STORAGE_TIMEOUT_MS, withTimeout } from "./detect";
export { DB_NAME, RECORD_KEY, STORE_NAME };

export function indexedDbKeyValue(dbName = DB_NAME): KeyValue {
  let store: UseStore | undefined;
  /** The database was deleted under this page (another tab, or the browser's data cleared). */
  let vanished = false;
  const useStore = (): UseStore => {
    if (!store) {
      const opened = createStore(dbName, STORE_NAME);
      store = opened;
      // If another tab deletes everything, let go at once so the delete is not blocked. Later
      // saves from this tab then fail (and say so) instead of quietly re-creating the data.
      void opened("readonly", (s) => {
        const db = s.transaction.db;
        db.onversionchange = (e) => {
          if (e.newVersion === null) vanished = true;
          db.close();
        };
        // Closed by the browser itself, as when someone clears the site's data.
        db.onclose = () => {
          vanished = true;
        };
      }).catch(() => undefined);
    }
    return store;
  };
  return {
    kind: "indexeddb",
    async get(key) {
      // Nothing is there any more: say so, rather than fail, so the page can say it truthfully.
      if (vanished) return undefined;
      const value: unknown = await get(key, useStore());
      return value instanceof Uint8Array ? value : undefined;
    },
    async set(key, value) {
      await set(key, value, useStore());
    },
    async setMany(entries) {
      await useStore()("readwrite", (s) => {
        for (const [k, v] of entries) s.put(v, k);
        // Commit at once: a write begun as the page is left (pagehide) is otherwise aborted
        // with the page, even when it started in time.
        s.transaction.commit?.();
        return promisifyRequest(s.transaction);
      });
    },
    async delete(key) {
      await del(key, useStore());
    },
    async destroy() {
      if (store) {
        // idb-keyval keeps its connection open, which would block deleting the database.
        await store("readonly", (s) => s.transaction.db.close()).catch(() => undefined);
        store = undefined;
      }
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase(dbName);
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        // Another tab holds it open: it is deleted once that tab lets go.
        request.onblocked = () => resolve();
      });
    },
  };
}

export function memoryKeyValue(): KeyValue {
  const map = new Map<string, Uint8Array>();
  return {
    kind: "memory",
    get: async (key) => map.get(key),
    set: async (key, value) => {
      map.set(key, value);
    },
    setMany: async (entries) => {
      for (const [k, v] of entries) map.set(k, v);
    },
    delete: async (key) => {
      map.delete(key);
    },
    destroy: async () => {
      map.clear();
    },
  };
}

/**
 * Whether IndexedDB really works here: a write, a read and a delete. Private modes that
 * block it fail here, so the page can say so kindly and carry on in memory.
 */
export async function probe(kv: KeyValue): Promise<boolean> {
  // Each probe has its own key: two tabs loading at once (after Lock now, say) would otherwise
  // delete each other's marker, and one would wrongly decide it cannot save here.
  const key = `probe-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  try {
    const marker = new Uint8Array([1, 2, 3]);
    await kv.set(key, marker);
    const back = await kv.get(key);
    await kv.delete(key);
    return back?.length === 3 && back[2] === 3;
  } catch {
    return false;
  }
}

/**
 * The browser's storage, if it works; otherwise null. Creates the database: call on opt-in.
 * A browser whose IndexedDB never answers gets the same answer as one that refuses, in time.
 */
export async function openDeviceStorage(timeoutMs = STORAGE_TIMEOUT_MS): Promise<KeyValue | null> {
  try {
    if (typeof indexedDB === "undefined") return null;
    const kv = indexedDbKeyValue();
    return (await withTimeout(probe(kv), timeoutMs, false)) ? kv : null;
  } catch {
    return null;
  }
}
