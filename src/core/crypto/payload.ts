/**
 * Payload encoding 1: JSON text → UTF-8 → gzip (CompressionStream), with a capped decompressor
 * that also checks the JSON's nesting and size before anything parses it (json-limits.ts).
 */
import { type CryptoErrorCode, fail, ok, type Result } from "./errors";
import { MAX_PAYLOAD_BYTES } from "./format";
import { checkJsonShape, type JsonLimit, JsonShapeScanner } from "./json-limits";

const encoder = new TextEncoder();
/**
 * Feed the decompressor in small slices, each in a task of its own. A browser inflates a whole
 * slice in one go on the page's main thread, and gzip can expand about 1,000 times: a 4 KB
 * slice of a hostile file was 30 to 60 ms of inflating at once, and a quick exit pressed then
 * waited for it. 1 KB is at most about 1 MB out, a few ms, before the input gets its turn and
 * the limits below can stop the stream.
 */
const INFLATE_SLICE = 1024;
/** Our own JSON compresses without surprises: bigger slices, still a task each. */
const DEFLATE_SLICE = 64 * 1024;

/** Why a pump stopped early. */
type Stop = "too-large" | JsonLimit;

const STOP_CODES: Record<Stop, CryptoErrorCode> = {
  "too-large": "too-large",
  "too-many-items": "too-large",
  // No file this app writes nests that deep: it was made to hurt, or it is broken.
  "too-deep": "damaged",
};

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
 * Lets the browser handle waiting input (such as the quick exit) before the next piece of work:
 * a new task, not a microtask. `scheduler.yield` where there is one, else setImmediate (Node),
 * else a message to ourselves (no 4 ms clamp, unlike setTimeout).
 */
export function nextTask(): Promise<void> {
  const g = globalThis as {
    scheduler?: { yield?: () => Promise<void> };
    setImmediate?: (callback: () => void) => unknown;
  };
  if (typeof g.scheduler?.yield === "function") return g.scheduler.yield();
  const immediate = g.setImmediate;
  if (typeof immediate === "function") return new Promise((resolve) => immediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Pushes `data` through a transform while reading its output concurrently (no backpressure
 * deadlock). `inspect` sees each output chunk and may stop the pump, which cancels the stream.
 * Rejects if the stream errors.
 */
async function pump(
  stream: CompressionStream | DecompressionStream,
  data: Uint8Array<ArrayBuffer>,
  slice: number,
  inspect: (chunk: Uint8Array, total: number) => Stop | null = () => null,
): Promise<Uint8Array<ArrayBuffer> | Stop> {
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  const feeding = (async () => {
    for (let i = 0; i < data.length; i += slice) {
      if (i > 0) await nextTask();
      await writer.write(data.subarray(i, i + slice));
    }
    await writer.close();
  })().catch(() => undefined); // Errors surface on the reader side; never leave a rejection unhandled.
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      const stop = inspect(value, total);
      if (stop) {
        await reader.cancel().catch(() => undefined);
        return stop;
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
 * represent (undefined, functions, BigInt, cycles) and RangeError for a value a reader would
 * refuse: above MAX_PAYLOAD_BYTES, nested deeper than MAX_JSON_DEPTH or with more than
 * MAX_JSON_ITEMS items.
 */
export async function encodePayload(value: unknown): Promise<Uint8Array<ArrayBuffer>> {
  const json: unknown = JSON.stringify(value);
  if (typeof json !== "string") throw new TypeError("value is not representable as JSON");
  const utf8 = encoder.encode(json);
  if (utf8.length > MAX_PAYLOAD_BYTES) throw new RangeError("payload exceeds MAX_PAYLOAD_BYTES");
  const shape = checkJsonShape(utf8);
  if (shape)
    throw new RangeError(`payload is ${shape === "too-deep" ? "nested too deeply" : "made of too many items"}`);
  const out = await pump(new CompressionStream("gzip"), utf8, DEFLATE_SLICE);
  if (typeof out === "string") throw new Error("unreachable");
  return out;
}

/**
 * Decompresses and parses a decrypted payload. Never throws.
 * Output over `limit` bytes or MAX_JSON_ITEMS items → "too-large"; nesting deeper than
 * MAX_JSON_DEPTH, or invalid gzip / UTF-8 / JSON → "damaged". Both are decided while
 * decompressing, before `JSON.parse`. It waits for a new task before and after `JSON.parse`, so
 * parsing is never in one block with decompressing or with whatever the caller does next.
 */
export async function decodePayload(
  compressed: Uint8Array<ArrayBuffer>,
  limit: number = MAX_PAYLOAD_BYTES,
): Promise<Result<unknown>> {
  const scanner = new JsonShapeScanner();
  let utf8: Uint8Array<ArrayBuffer> | Stop;
  try {
    utf8 = await pump(new DecompressionStream("gzip"), compressed, INFLATE_SLICE, (chunk, total) =>
      total > limit ? "too-large" : scanner.push(chunk),
    );
  } catch {
    return fail("damaged");
  }
  if (typeof utf8 === "string") return fail(STOP_CODES[utf8]);
  let value: unknown;
  try {
    await nextTask();
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(utf8);
    value = JSON.parse(text);
  } catch {
    return fail("damaged");
  }
  await nextTask();
  return ok(value);
}
