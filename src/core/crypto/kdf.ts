/**
 * Key derivation: PBKDF2-HMAC-SHA256 → non-extractable AES-256-GCM key, via WebCrypto only.
 */
import { assertCryptoSupported } from "./errors";
import { DEFAULT_ITERATIONS, type Header, isValidIterations, KDF_PBKDF2_SHA256, SALT_BYTES } from "./format";

/**
 * A derived key plus the header parameters it belongs to. Created once at unlock and reused for
 * every autosave (`encryptWithKey`), so saving costs only AES-GCM, not a key derivation.
 * The CryptoKey is non-extractable. Treat the object as immutable.
 */
export interface PlanKey {
  readonly key: CryptoKey;
  readonly kdfId: typeof KDF_PBKDF2_SHA256;
  readonly iterations: number;
  readonly salt: Uint8Array<ArrayBuffer>;
}

export interface CreateKeyOptions {
  /** PBKDF2 iterations; defaults to DEFAULT_ITERATIONS (600,000). Must be within MIN/MAX_ITERATIONS. */
  readonly iterations?: number;
}

const encoder = new TextEncoder();

export function randomBytes(n: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

/** UTF-8 bytes of the NFC-normalised passphrase (so "café" typed either way gives the same key). */
export function passphraseBytes(passphrase: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(passphrase.normalize("NFC"));
}

async function derive(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const base = await subtle.importKey("raw", passphraseBytes(passphrase), "PBKDF2", false, ["deriveKey"]);
  return subtle.deriveKey(
    { name: "PBKDF2", hash: "SHA-256", salt, iterations },
    base,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

function assertPassphrase(passphrase: unknown): asserts passphrase is string {
  if (typeof passphrase !== "string" || passphrase.length === 0) {
    throw new TypeError("passphrase must be a non-empty string");
  }
}

/** Derives a key with a fresh random salt, for a new file. Throws only on programmer error. */
export async function createKey(passphrase: string, opts: CreateKeyOptions = {}): Promise<PlanKey> {
  assertCryptoSupported();
  assertPassphrase(passphrase);
  const iterations = opts.iterations ?? DEFAULT_ITERATIONS;
  if (!isValidIterations(iterations)) throw new RangeError("iterations out of bounds");
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(passphrase, salt, iterations);
  return Object.freeze({ key, kdfId: KDF_PBKDF2_SHA256, iterations, salt });
}

/**
 * Derives the key for an existing file's header (from `readHeader`), keeping its salt and
 * iterations, so later `encryptWithKey` output stays readable with the same passphrase.
 * Throws only on programmer error (empty passphrase); a wrong passphrase is only detected by
 * `decryptWithKey`.
 */
export async function deriveKeyForHeader(passphrase: string, header: Pick<Header, "kdf" | "salt">): Promise<PlanKey> {
  assertCryptoSupported();
  assertPassphrase(passphrase);
  if (header.kdf.id !== KDF_PBKDF2_SHA256 || !isValidIterations(header.kdf.iterations)) {
    throw new RangeError("unsupported KDF parameters");
  }
  if (header.salt.length !== SALT_BYTES) throw new RangeError("salt must be 16 bytes");
  const salt = header.salt.slice();
  const key = await derive(passphrase, salt, header.kdf.iterations);
  return Object.freeze({ key, kdfId: KDF_PBKDF2_SHA256, iterations: header.kdf.iterations, salt });
}
