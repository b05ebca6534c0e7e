import { DB_NAME } from "./names";

/*
 * Looking for saved data without creating any, and guarding storage that never answers. No
 * idb-keyval here: pages load this at once, and the storage code only when it is used.
 */

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
