/**
 * Cheap checks on JSON text, made on the UTF-8 bytes as they come out of the decompressor and
 * before `JSON.parse` sees any of them. A hostile file of a few KB can hold millions of nested
 * brackets, which `JSON.parse` then takes seconds to read while the page cannot respond (not even
 * to the quick exit). The scanner stops at the first byte past a limit.
 */

/**
 * Deepest nesting of arrays and objects accepted or written. A plan bundle nests 7 deep at most
 * (bundle → plans → plan → answers → checklist → items → item); the rest is room for later
 * schema versions.
 */
export const MAX_JSON_DEPTH = 32;
/**
 * Most "items" accepted or written, counting every `{`, `[` and `,` outside strings (roughly
 * one per value). The largest household (tests/fixtures/largest-household.ts) has 4,284.
 */
export const MAX_JSON_ITEMS = 100_000;

export type JsonLimit = "too-deep" | "too-many-items";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * Reads JSON text chunk by chunk and reports the first limit it passes. It tracks only whether it
 * is inside a string, so it works on UTF-8 bytes (multi-byte characters never contain these ASCII
 * bytes) and does not check that the JSON is well formed: `JSON.parse` does that afterwards.
 */
export class JsonShapeScanner {
  private depth = 0;
  private items = 0;
  private inString = false;
  private escaped = false;

  constructor(
    private readonly maxDepth = MAX_JSON_DEPTH,
    private readonly maxItems = MAX_JSON_ITEMS,
  ) {}

  /** Scans the next chunk; returns the limit passed, or null. */
  push(chunk: Uint8Array): JsonLimit | null {
    let { depth, items, inString, escaped } = this;
    let passed: JsonLimit | null = null;
    for (let i = 0; i < chunk.length && passed === null; i++) {
      const b = chunk[i];
      if (inString) {
        if (escaped) escaped = false;
        else if (b === BACKSLASH) escaped = true;
        else if (b === QUOTE) inString = false;
      } else if (b === QUOTE) inString = true;
      else if (b === OPEN_ARRAY || b === OPEN_OBJECT) {
        if (++depth > this.maxDepth) passed = "too-deep";
        else if (++items > this.maxItems) passed = "too-many-items";
      } else if (b === CLOSE_ARRAY || b === CLOSE_OBJECT) {
        if (depth > 0) depth--;
      } else if (b === COMMA && ++items > this.maxItems) passed = "too-many-items";
    }
    this.depth = depth;
    this.items = items;
    this.inString = inString;
    this.escaped = escaped;
    return passed;
  }
}

/** The first limit the whole of `utf8` passes, or null. */
export function checkJsonShape(utf8: Uint8Array): JsonLimit | null {
  return new JsonShapeScanner().push(utf8);
}
