import { type CryptoErrorCode, createKey, decryptWithKey, encryptWithKey, type PlanKey, unlock } from "../crypto";
import { parseBundle } from "../plans/parse";
import type { Bundle } from "../plans/schema";
import type { KeyValue } from "./kv";
import { type WithLock, webLock } from "./locks";
import { RECORD_KEY, REVISION_KEY } from "./names";

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
export type UnlockResult = { ok: true; bundle: Bundle; revision: number } | { ok: false; code: UnlockError };
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
      return result.ok ? { ...result, revision: rev } : result;
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
        return { ok: true, revision: await write(k, bundle, current + 1) };
      });
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
