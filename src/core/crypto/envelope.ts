/**
 * Encrypt / decrypt a JSON value into the container format (format.ts, docs/file-format.md).
 *
 * Decryption functions never throw for any input: they return `Result` with a typed
 * `CryptoErrorCode`. (They throw `CryptoUnsupportedError` only if the environment lacks WebCrypto /
 * compression streams, e.g. a page served over plain http; check `isCryptoSupported()` at start-up.)
 * Encryption functions throw only on programmer error (empty passphrase, bad iterations,
 * a value JSON cannot represent, or a payload above the size caps).
 */
import { assertCryptoSupported, fail, ok, type Result } from "./errors";
import { HEADER_BYTES, type Header, IV_BYTES, MAX_FILE_BYTES, parseContainer, TAG_BYTES, writeHeader } from "./format";
import { type CreateKeyOptions, createKey, deriveKeyForHeader, type PlanKey, randomBytes } from "./kdf";
import { decodePayload, encodePayload } from "./payload";

export interface Unlocked {
  readonly value: unknown;
  /** Key for this file's salt and iterations; pass to `encryptWithKey` for fast autosaves. */
  readonly key: PlanKey;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function assertFits(payload: Uint8Array): void {
  if (HEADER_BYTES + payload.length + TAG_BYTES > MAX_FILE_BYTES) {
    throw new RangeError("encrypted file would exceed MAX_FILE_BYTES");
  }
}

async function seal(k: PlanKey, payload: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  assertFits(payload);
  const iv = randomBytes(IV_BYTES);
  const header = writeHeader({ iterations: k.iterations, salt: k.salt, iv });
  const ciphertext = new Uint8Array(
    await globalThis.crypto.subtle.encrypt(
      { name: "AES-GCM", iv, additionalData: header, tagLength: TAG_BYTES * 8 },
      k.key,
      payload,
    ),
  );
  const out = new Uint8Array(header.length + ciphertext.length);
  out.set(header, 0);
  out.set(ciphertext, header.length);
  return out;
}

/** Encrypts `value` with an already-derived key: same salt/iterations, fresh random IV. */
export async function encryptWithKey(k: PlanKey, value: unknown): Promise<Uint8Array<ArrayBuffer>> {
  assertCryptoSupported();
  return seal(k, await encodePayload(value));
}

/** Encrypts `value` under `passphrase` with a fresh salt and IV (runs the KDF: ~0.1 s by default). */
export async function encrypt(
  value: unknown,
  passphrase: string,
  opts: CreateKeyOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  assertCryptoSupported();
  // Validate the value and size before paying for the KDF.
  const payload = await encodePayload(value);
  assertFits(payload);
  return seal(await createKey(passphrase, opts), payload);
}

async function open(
  k: PlanKey,
  header: Header,
  aad: Uint8Array<ArrayBuffer>,
  ciphertext: Uint8Array<ArrayBuffer>,
): Promise<Result<unknown>> {
  let plain: Uint8Array<ArrayBuffer>;
  try {
    plain = new Uint8Array(
      await globalThis.crypto.subtle.decrypt(
        { name: "AES-GCM", iv: header.iv, additionalData: aad, tagLength: TAG_BYTES * 8 },
        k.key,
        ciphertext,
      ),
    );
  } catch {
    return fail("wrong-passphrase-or-damaged");
  }
  return decodePayload(plain);
}

/**
 * Decrypts with the passphrase and also returns the derived key for later `encryptWithKey`
 * calls (one KDF run at unlock). Never throws.
 */
export async function unlock(bytes: Uint8Array, passphrase: string): Promise<Result<Unlocked>> {
  assertCryptoSupported();
  try {
    const parsed = parseContainer(bytes);
    if (!parsed.ok) return parsed;
    // An empty passphrase is never used to encrypt, so it cannot be right.
    if (typeof passphrase !== "string" || passphrase.length === 0) return fail("wrong-passphrase-or-damaged");
    const { header, aad, ciphertext } = parsed.value;
    const key = await deriveKeyForHeader(passphrase, header);
    const opened = await open(key, header, aad, ciphertext);
    return opened.ok ? ok({ value: opened.value, key }) : opened;
  } catch {
    return fail("damaged");
  }
}

/** Decrypts a container with the passphrase. Never throws. */
export async function decrypt(bytes: Uint8Array, passphrase: string): Promise<Result<unknown>> {
  const r = await unlock(bytes, passphrase);
  return r.ok ? ok(r.value.value) : r;
}

/**
 * Decrypts with an already-derived key (no KDF). If the file's salt or iterations differ from
 * the key's, the key cannot be right: "wrong-passphrase-or-damaged". Never throws.
 */
export async function decryptWithKey(k: PlanKey, bytes: Uint8Array): Promise<Result<unknown>> {
  assertCryptoSupported();
  try {
    const parsed = parseContainer(bytes);
    if (!parsed.ok) return parsed;
    const { header, aad, ciphertext } = parsed.value;
    if (header.kdf.id !== k.kdfId || header.kdf.iterations !== k.iterations || !sameBytes(header.salt, k.salt)) {
      return fail("wrong-passphrase-or-damaged");
    }
    return await open(k, header, aad, ciphertext);
  } catch {
    return fail("damaged");
  }
}
