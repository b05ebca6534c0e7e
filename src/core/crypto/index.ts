/**
 * Encrypted container format for plans, used for IndexedDB records and downloaded files alike.
 * Layout and security notes: docs/file-format.md.
 */

export { decrypt, decryptWithKey, encrypt, encryptWithKey, type Unlocked, unlock } from "./envelope";
export {
  CRYPTO_ERROR_CODES,
  type CryptoErrorCode,
  CryptoUnsupportedError,
  type Err,
  isCryptoErrorCode,
  isCryptoSupported,
  type Ok,
  type Result,
} from "./errors";
export {
  DEFAULT_ITERATIONS,
  FORMAT_VERSION,
  HEADER_BYTES,
  type Header,
  IV_BYTES,
  KDF_ARGON2ID_RESERVED,
  KDF_PBKDF2_SHA256,
  type KdfParams,
  LEGACY_FORMAT_VERSION,
  LEGACY_MAGIC,
  MAGIC,
  MAX_FILE_BYTES,
  MAX_ITERATIONS,
  MAX_PAYLOAD_BYTES,
  MIN_ITERATIONS,
  PAYLOAD_GZIP_JSON,
  readHeader,
  SALT_BYTES,
  TAG_BYTES,
} from "./format";
export { MAX_JSON_DEPTH, MAX_JSON_ITEMS } from "./json-limits";
export { type CreateKeyOptions, createKey, deriveKeyForHeader, type PlanKey } from "./kdf";
