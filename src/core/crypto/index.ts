/**
 * Encrypted container format for plans, used for IndexedDB records and downloaded files alike.
 * Layout and security notes: docs/file-format.md.
 */
export { CRYPTO_ERROR_CODES, type CryptoErrorCode, type Err, isCryptoErrorCode, type Ok, type Result } from "./errors";
export {
  DEFAULT_ITERATIONS,
  FORMAT_VERSION,
  HEADER_BYTES,
  type Header,
  IV_BYTES,
  KDF_ARGON2ID_RESERVED,
  KDF_PBKDF2_SHA256,
  type KdfParams,
  MAGIC,
  MAX_FILE_BYTES,
  MAX_ITERATIONS,
  MAX_PAYLOAD_BYTES,
  MIN_ITERATIONS,
  PAYLOAD_GZIP_JSON,
  SALT_BYTES,
  TAG_BYTES,
  readHeader,
} from "./format";
export { type CreateKeyOptions, type PlanKey, createKey, deriveKeyForHeader } from "./kdf";
export { decrypt, decryptWithKey, encrypt, encryptWithKey, type Unlocked, unlock } from "./envelope";
