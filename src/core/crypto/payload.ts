/**
 * Payload encoding 1: JSON text → UTF-8 → gzip (CompressionStream), with a capped decompressor.
 */
import { fail, ok, type Result } from "./errors";
import { MAX_PAYLOAD_BYTES } from "./format";

const encoder = new TextEncoder();
/** Feed the decompressor in slices so a single write cannot expand unboundedly before we can stop. */
const FEED_CHUNK = 64 * 1024;

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/**
 * Pushes `data` through a transform while reading its output concurrently (no backpressure
 * deadlock). Stops and cancels once output exceeds `limit`. Rejects if the stream errors.
 */
async function pump(
  stream: CompressionStream | DecompressionStream,
  data: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | "over-limit"> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feeding = (async () => {
    for (let i = 0; i < data.length; i += FEED_CHUNK) await writer.write(data.subarray(i, i + FEED_CHUNK));
    await writer.close();
  })().catch(() => undefined); // Errors surface on the reader side; never leave a rejection unhandled.
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        return "over-limit";
      }
      chunks.push(value);
    }
  } finally {
    await feeding;
  }
  return concat(chunks, total);
}

/**
 * Serialises a JSON value to gzip-compressed UTF-8. Throws TypeError for values JSON cannot
 * represent (undefined, functions, BigInt, cycles) and RangeError above MAX_PAYLOAD_BYTES.
 */
export async function encodePayload(value: unknown): Promise<Uint8Array<ArrayBuffer>> {
  const json: unknown = JSON.stringify(value);
  if (typeof json !== "string") throw new TypeError("value is not representable as JSON");
  const utf8 = encoder.encode(json);
  if (utf8.length > MAX_PAYLOAD_BYTES) throw new RangeError("payload exceeds MAX_PAYLOAD_BYTES");
  const out = await pump(new CompressionStream("gzip"), utf8, Number.POSITIVE_INFINITY);
  if (out === "over-limit") throw new Error("unreachable");
  return out;
}

/**
 * Decompresses and parses a decrypted payload. Never throws.
 * Output over MAX_PAYLOAD_BYTES → "too-large"; invalid gzip / UTF-8 / JSON → "damaged".
 */
export async function decodePayload(
  compressed: Uint8Array<ArrayBuffer>,
  limit: number = MAX_PAYLOAD_BYTES,
): Promise<Result<unknown>> {
  let utf8: Uint8Array<ArrayBuffer> | "over-limit";
  try {
    utf8 = await pump(new DecompressionStream("gzip"), compressed, limit);
  } catch {
    return fail("damaged");
  }
  if (utf8 === "over-limit") return fail("too-large");
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(utf8);
    return ok(JSON.parse(text) as unknown);
  } catch {
    return fail("damaged");
  }
}
