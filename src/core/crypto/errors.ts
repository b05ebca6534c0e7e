/**
 * Typed outcomes for the encrypted container format.
 *
 * `decrypt`-style functions never throw for any input; they return a `Result`.
 * The UI maps each `CryptoErrorCode` to a translated, human message.
 */

export const CRYPTO_ERROR_CODES = [
  /** AES-GCM authentication failed: the passphrase is wrong, or the encrypted part is damaged. */
  "wrong-passphrase-or-damaged",
  /** The bytes do not start with the magic bytes (empty, random, JSON, image, ...). */
  "not-a-plan-file",
  /** Our magic bytes, but a format version / KDF / payload encoding newer than this code knows. */
  "newer-version",
  /** The file, or its decompressed contents, is larger than the caps. */
  "too-large",
  /** Our magic bytes, but the header is truncated or invalid, or the decrypted payload is unreadable. */
  "damaged",
] as const;

export type CryptoErrorCode = (typeof CRYPTO_ERROR_CODES)[number];

export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err = { readonly ok: false; readonly code: CryptoErrorCode };
export type Result<T> = Ok<T> | Err;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function fail(code: CryptoErrorCode): Err {
  return { ok: false, code };
}

export function isCryptoErrorCode(value: unknown): value is CryptoErrorCode {
  return typeof value === "string" && (CRYPTO_ERROR_CODES as readonly string[]).includes(value);
}

/**
 * True when this environment has everything the format needs: WebCrypto (`crypto.subtle` only
 * exists in secure contexts: https or localhost) and CompressionStream / DecompressionStream.
 */
export function isCryptoSupported(): boolean {
  return (
    typeof globalThis.crypto?.subtle?.deriveKey === "function" &&
    typeof globalThis.crypto.getRandomValues === "function" &&
    typeof globalThis.CompressionStream === "function" &&
    typeof globalThis.DecompressionStream === "function"
  );
}

/**
 * Thrown (by every entry point, including the decryptors) when the environment lacks WebCrypto
 * or compression streams. This is not a property of the file, so it is not a `CryptoErrorCode`:
 * reporting "damaged" for it would wrongly tell people their file is broken.
 */
export class CryptoUnsupportedError extends Error {
  constructor() {
    super("WebCrypto (secure context) and CompressionStream are required");
    this.name = "CryptoUnsupportedError";
  }
}

export function assertCryptoSupported(): void {
  if (!isCryptoSupported()) throw new CryptoUnsupportedError();
}
