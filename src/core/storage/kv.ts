import { createStore, del, get, set, setMany, type UseStore } from "idb-keyval";

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

import { DB_NAME, RECORD_KEY, STORE_NAME } from "./names";

export { DB_NAME, RECORD_KEY, STORE_NAME };

export function indexedDbKeyValue(dbName = DB_NAME): KeyValue {
  let store: UseStore | undefined;
  const useStore = (): UseStore => {
    if (!store) {
      const opened = createStore(dbName, STORE_NAME);
      store = opened;
      // If another tab deletes everything, let go at once so the delete is not blocked. Later
      // saves from this tab then fail (and say so) instead of quietly re-creating the data.
      void opened("readonly", (s) => {
        s.transaction.db.onversionchange = () => s.transaction.db.close();
      }).catch(() => undefined);
    }
    return store;
  };
  return {
    kind: "indexeddb",
    async get(key) {
      const value: unknown = await get(key, useStore());
      return value instanceof Uint8Array ? value : undefined;
    },
    async set(key, value) {
      await set(key, value, useStore());
    },
    async setMany(entries) {
      await setMany(
        entries.map(([k, v]) => [k, v] as [string, Uint8Array]),
        useStore(),
      );
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
  try {
    const marker = new Uint8Array([1, 2, 3]);
    await kv.set("probe", marker);
    const back = await kv.get("probe");
    await kv.delete("probe");
    return back?.length === 3 && back[2] === 3;
  } catch {
    return false;
  }
}

/**
 * Whether the database exists, without creating it: visiting a page must leave no trace
 * until the person chooses to save. Asks indexedDB.databases() where there is one. Where it is
 * missing or rejects, the answer is unknown, not "no": then it opens the database and, if that
 * would create it, aborts the creation.
 */
export async function databaseExists(name = DB_NAME): Promise<boolean> {
  if (typeof indexedDB === "undefined") return false;
  const listed = await listedInDatabases(name);
  if (listed !== "unknown") return listed;
  return openToCheck(name);
}

async function listedInDatabases(name: string): Promise<boolean | "unknown"> {
  try {
    if (typeof indexedDB.databases !== "function") return "unknown";
    return (await indexedDB.databases()).some((db) => db.name === name);
  } catch {
    return "unknown";
  }
}

async function openToCheck(name: string): Promise<boolean> {
  try {
    return await new Promise<boolean>((resolve) => {
      const request = indexedDB.open(name);
      request.onupgradeneeded = (event) => {
        if (event.oldVersion === 0) request.transaction?.abort();
      };
      request.onsuccess = () => {
        request.result.close();
        resolve(true);
      };
      request.onerror = () => resolve(false);
    });
  } catch {
    return false;
  }
}

/** Whether this browser has IndexedDB at all (some private modes remove or block it). */
export function hasIndexedDb(): boolean {
  try {
    return typeof indexedDB !== "undefined" && indexedDB !== null;
  } catch {
    return false;
  }
}

/** How long storage may take to answer before the page says it cannot save here. */
export const STORAGE_TIMEOUT_MS = 5_000;

/** Resolves to the fallback if the promise has not settled in time (storage that never answers). */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      },
    );
  });
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
