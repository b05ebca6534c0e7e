import { type CryptoErrorCode, createKey, decryptWithKey, encryptWithKey, type PlanKey, unlock } from "../crypto";
import { parseBundle } from "../plans/parse";
import type { Bundle } from "../plans/schema";
import type { KeyValue } from "./kv";
import { type WithLock, webLock } from "./locks";
import { LEFT_BASE_KEY, LEFT_KEY, RECORD_KEY, REVISION_KEY } from "./names";

/**
 * The locked plan on this device. The key lives only in this object's memory: locking drops
 * it, and nothing is ever stored unencrypted.
 *
 * The revision rule: the record carries a revision number, raised by one on every write. A
 * save states the revision its words were based on, and writes only if that is still the
 * stored one; otherwise it is told the plan
 * is stale and nothing is written. Writes run one at a time across tabs (Web Locks), so the
 * check and the write cannot interleave with another tab's.
 */
/** missing: no record is stored (deleted, or the browser's data was cleared). */
export type UnlockError = CryptoErrorCode | "not-a-bundle" | "invalid" | "storage-failed" | "missing";
export type UnlockResult =
  | {
      ok: true;
      bundle: Bundle;
      revision: number;
      /** Words written as a page was left, after its last full save, and the revision they were based on. */
      left?: { bundle: Bundle; base: number };
    }
  | { ok: false; code: UnlockError };
export type SaveResult =
  | { ok: true; revision: number }
  /** The stored revision is not the one this save was based on: nothing was written. */
  | { ok: false; reason: "stale"; revision: number }
  /** No record is stored any more (deleted, or the browser's data cleared): nothing was written. */
  | { ok: false; reason: "gone" }
  | { ok: false; reason: "locked" };
export type CreateResult = { ok: true; revision: number } | { ok: false; reason: "exists" };

export interface Vault {
  readonly kv: KeyValue;
  isUnlocked(): boolean;
  hasRecord(): Promise<boolean>;
  /**
   * Turns saving on: derives a key from the passphrase and saves the bundle, locked. If a
   * record is already there (another tab, an earlier visit) it is kept unless replace is set.
   */
  create(passphrase: string, bundle: Bundle, options?: { replace?: boolean }): Promise<CreateResult>;
  unlock(passphrase: string): Promise<UnlockResult>;
  /**
   * Saves over the record only if its stored revision is still `base`, the revision the bundle
   * was based on (the one the caller last loaded or wrote). Never re-creates a missing record.
   */
  save(bundle: Bundle, base: number): Promise<SaveResult>;
  /** Reads the newest record with the key in hand (after another tab saved). */
  readLatest(): Promise<UnlockResult>;
  /** Encrypts a bundle with the key in hand, ready for leave(). Null when locked. */
  seal(bundle: Bundle): Promise<Uint8Array | null>;
  /**
   * The page is being left: writes sealed words beside the record, at once, without the lock
   * or a read (there is no time for them). They never replace the record: the next unlock
   * takes them in place if the record is still at base, or beside it as copies if not.
   */
  leave(sealed: Uint8Array, base: number): void;
  /** Forgets the key. The stored record stays, locked. */
  lock(): void;
  /** Deletes the record and the database. */
  destroy(): Promise<void>;
}

export interface VaultOptions {
  iterations?: number;
  withLock?: WithLock;
}

export function encodeRevision(n: number): Uint8Array {
  const bytes = new Uint8Array(4);
  new DataView(bytes.buffer).setUint32(0, n);
  return bytes;
}

/** A record saved before revisions existed counts as revision 0. */
export function decodeRevision(bytes: Uint8Array | undefined): number {
  if (bytes?.length !== 4) return 0;
  return new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
}

export function createVault(kv: KeyValue, options: VaultOptions = {}): Vault {
  const withLock = options.withLock ?? webLock;
  let key: PlanKey | null = null;
  /** Words left on leaving may be stored: the next full save clears them. */
  let leftStored = false;
  const stored = async () => decodeRevision(await kv.get(REVISION_KEY));
  const write = async (k: PlanKey, bundle: Bundle, next: number) => {
    await kv.setMany([
      [RECORD_KEY, await encryptWithKey(k, bundle)],
      [REVISION_KEY, encodeRevision(next)],
    ]);
    return next;
  };
  const open = async (bytes: Uint8Array, k: PlanKey | null, passphrase: string): Promise<UnlockResult> => {
    const opened = k
      ? await decryptWithKey(k, bytes).then((r) =>
          r.ok ? { ok: true as const, value: { key: k, value: r.value } } : r,
        )
      : await unlock(bytes, passphrase);
    if (!opened.ok) return { ok: false, code: opened.code };
    const parsed = parseBundle(opened.value.value);
    if (!parsed.ok)
      return { ok: false, code: parsed.error.code === "newer-version" ? "newer-version" : parsed.error.code };
    key = opened.value.key;
    return { ok: true, bundle: parsed.bundle, revision: 0 };
  };
  /** Words left on leaving, if any open with the key in hand. */
  const readLeft = async (k: PlanKey): Promise<{ bundle: Bundle; base: number } | undefined> => {
    const bytes = await kv.get(LEFT_KEY).catch(() => undefined);
    if (!bytes) return undefined;
    leftStored = true;
    const base = decodeRevision(await kv.get(LEFT_BASE_KEY).catch(() => undefined));
    const opened = await decryptWithKey(k, bytes);
    const parsed = opened.ok ? parseBundle(opened.value) : null;
    return parsed?.ok ? { bundle: parsed.bundle, base } : undefined;
  };
  const read = (k: PlanKey | null, passphrase: string) =>
    withLock(async (): Promise<UnlockResult> => {
      let bytes: Uint8Array | undefined;
      let rev = 0;
      try {
        bytes = await kv.get(RECORD_KEY);
        rev = await stored();
      } catch {
        return { ok: false, code: "storage-failed" };
      }
      if (!bytes) return { ok: false, code: "missing" };
      const result = await open(bytes, k, passphrase);
      if (!result.ok) return result;
      // Only an unlock takes in words left on leaving; a tab already open has its own.
      const left = !k && key ? await readLeft(key) : undefined;
      return { ...result, revision: rev, ...(left ? { left } : {}) };
    });
  return {
    kv,
    isUnlocked: () => key !== null,
    async hasRecord() {
      try {
        return (await kv.get(RECORD_KEY)) !== undefined;
      } catch {
        return false;
      }
    },
    async create(passphrase, bundle, createOptions = {}) {
      const k = await createKey(passphrase, options.iterations ? { iterations: options.iterations } : {});
      return withLock(async (): Promise<CreateResult> => {
        const existing = await kv.get(RECORD_KEY);
        if (existing && !createOptions.replace) return { ok: false, reason: "exists" };
        const revision = await write(k, bundle, (await stored()) + 1);
        key = k;
        return { ok: true, revision };
      });
    },
    unlock: (passphrase) => read(null, passphrase),
    readLatest: () => (key ? read(key, "") : Promise.resolve({ ok: false, code: "wrong-passphrase-or-damaged" })),
    save(bundle, base) {
      const k = key;
      if (!k) return Promise.resolve({ ok: false, reason: "locked" } as const);
      return withLock(async (): Promise<SaveResult> => {
        // A record that vanished is not silently made again: the caller says so and asks.
        if ((await kv.get(RECORD_KEY)) === undefined) return { ok: false, reason: "gone" };
        const current = await stored();
        if (current !== base) return { ok: false, reason: "stale", revision: current };
        // Locked while waiting for the lock (Exit, Lock now): the key in hand still saves the
        // words typed before it, which is what the person expects.
        const revision = await write(k, bundle, current + 1);
        if (leftStored) {
          // The full save holds everything now: what was left on leaving is no longer needed.
          leftStored = false;
          await kv.delete(LEFT_KEY).catch(() => undefined);
          await kv.delete(LEFT_BASE_KEY).catch(() => undefined);
        }
        return { ok: true, revision };
      });
    },
    async seal(bundle) {
      return key ? encryptWithKey(key, bundle) : null;
    },
    leave(sealed, base) {
      leftStored = true;
      void kv
        .setMany([
          [LEFT_KEY, sealed],
          [LEFT_BASE_KEY, encodeRevision(base)],
        ])
        .catch(() => undefined);
    },
    lock() {
      key = null;
    },
    async destroy() {
      key = null;
      await kv.destroy();
    },
  };
}
