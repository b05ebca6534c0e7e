import { type CryptoErrorCode, createKey, encryptWithKey, type PlanKey, unlock } from "../crypto";
import { parseBundle } from "../plans/parse";
import type { Bundle } from "../plans/schema";
import type { KeyValue } from "./kv";
import { RECORD_KEY } from "./names";

/**
 * The locked plan on this device. The key lives only in this object's memory: locking drops
 * it, and nothing is ever stored unencrypted.
 */
export type UnlockError = CryptoErrorCode | "not-a-bundle" | "invalid" | "storage-failed";
export type UnlockResult = { ok: true; bundle: Bundle } | { ok: false; code: UnlockError };

export interface Vault {
  readonly kv: KeyValue;
  isUnlocked(): boolean;
  hasRecord(): Promise<boolean>;
  /** Turns saving on: derives a key from the passphrase and saves the bundle, locked. */
  create(passphrase: string, bundle: Bundle): Promise<void>;
  unlock(passphrase: string): Promise<UnlockResult>;
  save(bundle: Bundle): Promise<void>;
  /** Forgets the key. The stored record stays, locked. */
  lock(): void;
  /** Deletes the record and the database. */
  destroy(): Promise<void>;
}

export interface VaultOptions {
  iterations?: number;
}

export function createVault(kv: KeyValue, options: VaultOptions = {}): Vault {
  let key: PlanKey | null = null;
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
    async create(passphrase, bundle) {
      const k = await createKey(passphrase, options.iterations ? { iterations: options.iterations } : {});
      await kv.set(RECORD_KEY, await encryptWithKey(k, bundle));
      key = k;
    },
    async unlock(passphrase) {
      let bytes: Uint8Array | undefined;
      try {
        bytes = await kv.get(RECORD_KEY);
      } catch {
        return { ok: false, code: "storage-failed" };
      }
      if (!bytes) return { ok: false, code: "not-a-plan-file" };
      const opened = await unlock(bytes, passphrase);
      if (!opened.ok) return { ok: false, code: opened.code };
      const parsed = parseBundle(opened.value.value);
      if (!parsed.ok)
        return { ok: false, code: parsed.error.code === "newer-version" ? "newer-version" : parsed.error.code };
      key = opened.value.key;
      return { ok: true, bundle: parsed.bundle };
    },
    async save(bundle) {
      const k = key;
      if (!k) return;
      await kv.set(RECORD_KEY, await encryptWithKey(k, bundle));
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
