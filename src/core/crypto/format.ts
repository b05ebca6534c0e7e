/**
 * Binary layout of the encrypted container (see docs/file-format.md).
 *
 * offset size field
 *      0    8 marker: MAGIC (8 bytes that spell nothing) in format 2, ASCII "SPLANENC" in format 1
 *      8    1 format version (u8) = 2 (1 for files written before the neutral marker)
 *      9    1 payload encoding id (u8): 1 = gzip(UTF-8 JSON)
 *     10    1 KDF id (u8): 1 = PBKDF2-HMAC-SHA256 (2 reserved for Argon2id)
 *     11    1 KDF params length L (u8); for KDF 1, L = 4
 *     12    L KDF params; for KDF 1: iterations (u32, big-endian)
 *   12+L    1 salt length S (u8) = 16
 *   13+L    S salt
 * 13+L+S   12 AES-GCM IV / nonce
 * 25+L+S    * AES-256-GCM ciphertext followed by its 16-byte tag
 *
 * Everything before the ciphertext (45 bytes with PBKDF2, in both versions) is the header and is
 * the AES-GCM additional authenticated data. Formats 1 and 2 differ only in the marker and the
 * version byte; this code writes format 2 and reads both.
 *
 * Parsing here is pure and cheap: no key derivation happens before every header check passes.
 */
import { fail, ok, type Result } from "./errors";

/**
 * The marker of format 2: 8 bytes that read as nothing. None is printable ASCII, the first is
 * not a valid start of UTF-8, and no common file type begins with them, so someone who opens
 * the file sees only binary noise, as in any encrypted or compressed file.
 */
export const MAGIC: Readonly<Uint8Array> = Uint8Array.of(0xb7, 0x1d, 0xe4, 0x92, 0x0f, 0xc8, 0x81, 0xf3);
/** The marker of format 1, ASCII "SPLANENC", which reads as "safety plan". Read, never written. */
export const LEGACY_MAGIC: Readonly<Uint8Array> = Uint8Array.of(0x53, 0x50, 0x4c, 0x41, 0x4e, 0x45, 0x4e, 0x43);
/** The format this code writes, and the newest it reads. */
export const FORMAT_VERSION = 2;
/** The format of files that begin with LEGACY_MAGIC. */
export const LEGACY_FORMAT_VERSION = 1;

export const PAYLOAD_GZIP_JSON = 1;
export const KNOWN_PAYLOAD_ENCODING_MAX = PAYLOAD_GZIP_JSON;

export const KDF_PBKDF2_SHA256 = 1;
/** Reserved for a future memory-hard KDF (Argon2id). Files using it read as "newer-version". */
export const KDF_ARGON2ID_RESERVED = 2;
export const KNOWN_KDF_MAX = KDF_PBKDF2_SHA256;

export const PBKDF2_PARAMS_BYTES = 4;
export const SALT_BYTES = 16;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
/** Header size with PBKDF2 (formats 1 and 2 alike). */
export const HEADER_BYTES = MAGIC.length + 4 + PBKDF2_PARAMS_BYTES + 1 + SALT_BYTES + IV_BYTES;

export const DEFAULT_ITERATIONS = 600_000;
export const MIN_ITERATIONS = 100_000;
export const MAX_ITERATIONS = 10_000_000;

/**
 * Largest decompressed payload (UTF-8 JSON) accepted or written: 2.5 MiB. The largest household
 * a person can make (tests/fixtures/largest-household.ts: four plans with every box filled to its
 * limit in a 3-byte script, and a child's drawing as large as the drawing field keeps) is
 * 1,997,250 bytes, so this leaves about a quarter to spare.
 */
export const MAX_PAYLOAD_BYTES = 2.5 * 1024 * 1024;
/**
 * Largest whole file accepted or written (3 MiB): gzip adds at most a few hundred bytes to a
 * payload of MAX_PAYLOAD_BYTES, so no genuine file is larger. Check `File.size` against this
 * before reading a file.
 */
export const MAX_FILE_BYTES = 3 * 1024 * 1024;

export type KdfParams = { readonly id: typeof KDF_PBKDF2_SHA256; readonly iterations: number };

export interface Header {
  readonly version: typeof LEGACY_FORMAT_VERSION | typeof FORMAT_VERSION;
  readonly payloadEncoding: typeof PAYLOAD_GZIP_JSON;
  readonly kdf: KdfParams;
  readonly salt: Uint8Array<ArrayBuffer>;
  readonly iv: Uint8Array<ArrayBuffer>;
  /** Number of header bytes, i.e. the offset where the ciphertext starts. */
  readonly headerLength: number;
}

export interface ParsedContainer {
  readonly header: Header;
  /** The exact header bytes: AES-GCM additional data. */
  readonly aad: Uint8Array<ArrayBuffer>;
  /** Ciphertext including the trailing 16-byte GCM tag. */
  readonly ciphertext: Uint8Array<ArrayBuffer>;
}

export function isValidIterations(n: unknown): n is number {
  return typeof n === "number" && Number.isInteger(n) && n >= MIN_ITERATIONS && n <= MAX_ITERATIONS;
}

/** Serialises a format-2 header. Throws only on programmer error (bad lengths / iterations). */
export function writeHeader(fields: {
  readonly iterations: number;
  readonly salt: Uint8Array;
  readonly iv: Uint8Array;
}): Uint8Array<ArrayBuffer> {
  if (!isValidIterations(fields.iterations)) {
    throw new RangeError(`iterations must be an integer in [${MIN_ITERATIONS}, ${MAX_ITERATIONS}]`);
  }
  if (fields.salt.length !== SALT_BYTES) throw new RangeError(`salt must be ${SALT_BYTES} bytes`);
  if (fields.iv.length !== IV_BYTES) throw new RangeError(`iv must be ${IV_BYTES} bytes`);
  const out = new Uint8Array(HEADER_BYTES);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  let p = MAGIC.length;
  out[p++] = FORMAT_VERSION;
  out[p++] = PAYLOAD_GZIP_JSON;
  out[p++] = KDF_PBKDF2_SHA256;
  out[p++] = PBKDF2_PARAMS_BYTES;
  view.setUint32(p, fields.iterations, false);
  p += PBKDF2_PARAMS_BYTES;
  out[p++] = SALT_BYTES;
  out.set(fields.salt, p);
  p += SALT_BYTES;
  out.set(fields.iv, p);
  return out;
}

function startsWith(bytes: Uint8Array, marker: Readonly<Uint8Array>): boolean {
  if (bytes.length < marker.length) return false;
  for (let i = 0; i < marker.length; i++) if (bytes[i] !== marker[i]) return false;
  return true;
}

/** Classifies an id byte: 0 is never valid ("damaged"), above the known maximum is "newer-version". */
function checkId(id: number, knownMax: number): Result<number> {
  if (id === 0) return fail("damaged");
  if (id > knownMax) return fail("newer-version");
  return ok(id);
}

/**
 * Validates the header (and the minimum total length) in the documented order. Never throws;
 * constant work regardless of the parameters the file claims.
 */
export function readHeader(bytes: Uint8Array): Result<Header> {
  if (!(bytes instanceof Uint8Array)) return fail("not-a-plan-file");
  const len = bytes.length;
  // 1. Marker: format 2's neutral one, or format 1's "SPLANENC".
  const legacy = startsWith(bytes, LEGACY_MAGIC);
  if (!legacy && !startsWith(bytes, MAGIC)) return fail("not-a-plan-file");
  // 2. Size cap.
  if (len > MAX_FILE_BYTES) return fail("too-large");
  let p = MAGIC.length;
  // 3. Format version. Each marker was only ever written with its own version: the old marker
  // with 1, the neutral one with 2 (or later). Anything else is damage.
  const version = bytes[p++];
  if (version === undefined) return fail("damaged");
  if (legacy ? version !== LEGACY_FORMAT_VERSION : version === LEGACY_FORMAT_VERSION) return fail("damaged");
  const v = checkId(version, FORMAT_VERSION);
  if (!v.ok) return v;
  // 4. Payload encoding.
  const encoding = bytes[p++];
  if (encoding === undefined) return fail("damaged");
  const e = checkId(encoding, KNOWN_PAYLOAD_ENCODING_MAX);
  if (!e.ok) return e;
  // 5. KDF id.
  const kdfId = bytes[p++];
  if (kdfId === undefined) return fail("damaged");
  const k = checkId(kdfId, KNOWN_KDF_MAX);
  if (!k.ok) return k;
  // 6. KDF params (PBKDF2: exactly 4 bytes of big-endian iterations, within bounds).
  const paramsLength = bytes[p++];
  if (paramsLength !== PBKDF2_PARAMS_BYTES) return fail("damaged");
  if (len < p + PBKDF2_PARAMS_BYTES) return fail("damaged");
  const iterations = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(p, false);
  p += PBKDF2_PARAMS_BYTES;
  if (!isValidIterations(iterations)) return fail("damaged");
  // 7. Salt.
  const saltLength = bytes[p++];
  if (saltLength !== SALT_BYTES) return fail("damaged");
  if (len < p + SALT_BYTES) return fail("damaged");
  const salt = bytes.slice(p, p + SALT_BYTES);
  p += SALT_BYTES;
  // 8. IV.
  if (len < p + IV_BYTES) return fail("damaged");
  const iv = bytes.slice(p, p + IV_BYTES);
  p += IV_BYTES;
  // 9. Ciphertext must at least hold the GCM tag.
  if (len < p + TAG_BYTES) return fail("damaged");
  const header: Header = {
    version: legacy ? LEGACY_FORMAT_VERSION : FORMAT_VERSION,
    payloadEncoding: PAYLOAD_GZIP_JSON,
    kdf: { id: KDF_PBKDF2_SHA256, iterations },
    salt,
    iv,
    headerLength: p,
  };
  return ok(header);
}

/** `readHeader`, plus the AAD (exact header bytes) and ciphertext split out. Never throws. */
export function parseContainer(bytes: Uint8Array): Result<ParsedContainer> {
  const h = readHeader(bytes);
  if (!h.ok) return h;
  const at = h.value.headerLength;
  return ok({ header: h.value, aad: bytes.slice(0, at), ciphertext: bytes.slice(at) });
}
