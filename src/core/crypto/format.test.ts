import { describe, expect, it } from "vitest";
import {
  DEFAULT_ITERATIONS,
  FORMAT_VERSION,
  HEADER_BYTES,
  IV_BYTES,
  LEGACY_FORMAT_VERSION,
  LEGACY_MAGIC,
  MAGIC,
  MAX_FILE_BYTES,
  MAX_ITERATIONS,
  MAX_PAYLOAD_BYTES,
  MIN_ITERATIONS,
  parseContainer,
  readHeader,
  SALT_BYTES,
  TAG_BYTES,
  writeHeader,
} from "./format";

const salt = Uint8Array.from({ length: SALT_BYTES }, (_, i) => i + 1);
const iv = Uint8Array.from({ length: IV_BYTES }, (_, i) => 0xa0 + i);

/** A header plus a fake 16-byte "ciphertext" (parsing never needs it to be genuine). */
function container(iterations = MIN_ITERATIONS, ciphertextBytes = TAG_BYTES): Uint8Array<ArrayBuffer> {
  const header = writeHeader({ iterations, salt, iv });
  const out = new Uint8Array(header.length + ciphertextBytes);
  out.set(header);
  return out;
}

/** The same container as format 1 wrote it: the "SPLANENC" marker and version byte 1. */
function legacy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const copy = bytes.slice();
  copy.set(LEGACY_MAGIC, 0);
  copy[8] = LEGACY_FORMAT_VERSION;
  return copy;
}

function withByte(bytes: Uint8Array, offset: number, value: number): Uint8Array {
  const copy = bytes.slice();
  copy[offset] = value;
  return copy;
}

function codeOf(bytes: Uint8Array): string {
  const r = readHeader(bytes);
  return r.ok ? "ok" : r.code;
}

describe("constants", () => {
  it("match the documented layout", () => {
    expect(Array.from(MAGIC, (b) => b.toString(16).padStart(2, "0")).join("")).toBe("b71de4920fc881f3");
    expect(new TextDecoder().decode(LEGACY_MAGIC)).toBe("SPLANENC");
    expect(FORMAT_VERSION).toBe(2);
    expect(LEGACY_FORMAT_VERSION).toBe(1);
    expect(HEADER_BYTES).toBe(45);
    expect(DEFAULT_ITERATIONS).toBe(600_000);
    expect(MIN_ITERATIONS).toBe(100_000);
    expect(MAX_ITERATIONS).toBe(10_000_000);
    expect(MAX_FILE_BYTES).toBe(3 * 1024 * 1024);
    expect(MAX_PAYLOAD_BYTES).toBe(2.5 * 1024 * 1024);
  });

  it("the format-2 marker reads as nothing", () => {
    // No printable ASCII (so no word, no "SPLANENC"), and not the start of UTF-8 text.
    for (const b of MAGIC) expect(b < 0x20 || b > 0x7e, `byte ${b}`).toBe(true);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(MAGIC)).toThrow();
    const header = Array.from(writeHeader({ iterations: DEFAULT_ITERATIONS, salt, iv }), (b) => String.fromCharCode(b));
    expect(header.join("")).not.toMatch(/[ -~]{4}/); // nothing `strings` would show
  });
});

describe("writeHeader / readHeader", () => {
  it("writes the exact documented bytes", () => {
    const h = writeHeader({ iterations: 600_000, salt, iv });
    const hex = Array.from(h, (b) => b.toString(16).padStart(2, "0")).join("");
    expect(hex).toBe(
      "b71de4920fc881f3" + // marker
        "02" + // version
        "01" + // payload encoding gzip JSON
        "01" + // KDF PBKDF2-SHA256
        "04" + // KDF params length
        "000927c0" + // 600000 big-endian
        "10" + // salt length
        "0102030405060708090a0b0c0d0e0f10" +
        "a0a1a2a3a4a5a6a7a8a9aaab",
    );
  });

  it("round-trips the header fields", () => {
    const r = readHeader(container(1_234_567));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.version).toBe(2);
    expect(r.value.payloadEncoding).toBe(1);
    expect(r.value.kdf).toEqual({ id: 1, iterations: 1_234_567 });
    expect(Array.from(r.value.salt)).toEqual(Array.from(salt));
    expect(Array.from(r.value.iv)).toEqual(Array.from(iv));
    expect(r.value.headerLength).toBe(HEADER_BYTES);
  });

  it("works on a subarray view with a non-zero byteOffset", () => {
    const c = container(2_000_000);
    const padded = new Uint8Array(c.length + 3);
    padded.set(c, 3);
    const r = readHeader(padded.subarray(3));
    expect(r.ok && r.value.kdf.iterations).toBe(2_000_000);
  });

  it("splits AAD and ciphertext", () => {
    const c = container(MIN_ITERATIONS, 40);
    const r = parseContainer(c);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.aad.length).toBe(HEADER_BYTES);
    expect(r.value.ciphertext.length).toBe(40);
  });

  it("rejects programmer errors when writing", () => {
    expect(() => writeHeader({ iterations: MIN_ITERATIONS - 1, salt, iv })).toThrow(RangeError);
    expect(() => writeHeader({ iterations: 1.5e5 + 0.5, salt, iv })).toThrow(RangeError);
    expect(() => writeHeader({ iterations: MIN_ITERATIONS, salt: new Uint8Array(8), iv })).toThrow(RangeError);
    expect(() => writeHeader({ iterations: MIN_ITERATIONS, salt, iv: new Uint8Array(16) })).toThrow(RangeError);
  });
});

describe("header validation codes", () => {
  it("not-a-plan-file for empty, short, JSON, PNG and random input", () => {
    expect(codeOf(new Uint8Array(0))).toBe("not-a-plan-file");
    expect(codeOf(MAGIC.slice(0, 7))).toBe("not-a-plan-file");
    expect(codeOf(new TextEncoder().encode('{"schemaVersion":1,"plans":[]}'))).toBe("not-a-plan-file");
    expect(codeOf(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toBe("not-a-plan-file");
    expect(codeOf(globalThis.crypto.getRandomValues(new Uint8Array(1000)))).toBe("not-a-plan-file");
    // Not a Uint8Array at all (untyped callers).
    expect(codeOf("SPLANENC" as unknown as Uint8Array)).toBe("not-a-plan-file");
  });

  it("damaged when the header is cut short after the magic", () => {
    const c = container();
    for (let n = MAGIC.length; n < HEADER_BYTES + TAG_BYTES; n++) {
      expect(codeOf(c.slice(0, n)), `length ${n}`).toBe("damaged");
    }
    expect(codeOf(c)).toBe("ok");
  });

  it("newer-version for a future version, payload encoding or KDF (incl. reserved Argon2id = 2)", () => {
    const c = container();
    for (const offset of [8, 9, 10]) {
      const future = offset === 8 ? [3, 127, 255] : [2, 3, 127, 255];
      for (const v of future) expect(codeOf(withByte(c, offset, v)), `@${offset}=${v}`).toBe("newer-version");
      expect(codeOf(withByte(c, offset, 0))).toBe("damaged");
    }
    for (const offset of [9, 10]) {
      for (const v of [2, 3, 127, 255])
        expect(codeOf(withByte(legacy(c), offset, v)), `format 1 @${offset}=${v}`).toBe("newer-version");
    }
  });

  it("a future version wins even if the rest is unreadable to us", () => {
    const future = new Uint8Array(MAGIC.length + 1);
    future.set(MAGIC);
    future[8] = 3;
    expect(codeOf(future)).toBe("newer-version");
  });

  it("reads format 1 (the SPLANENC marker) as before", () => {
    const r = readHeader(legacy(container(1_234_567)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.version).toBe(1);
    expect(r.value.kdf).toEqual({ id: 1, iterations: 1_234_567 });
    expect(Array.from(r.value.salt)).toEqual(Array.from(salt));
    expect(Array.from(r.value.iv)).toEqual(Array.from(iv));
    expect(r.value.headerLength).toBe(HEADER_BYTES);
    for (let n = MAGIC.length; n < HEADER_BYTES + TAG_BYTES; n++) {
      expect(codeOf(legacy(container()).slice(0, n)), `format 1, length ${n}`).toBe("damaged");
    }
  });

  it("each marker goes only with its own version: anything else is damage", () => {
    const c = container();
    expect(codeOf(withByte(c, 8, 1))).toBe("damaged"); // neutral marker, version 1: never written
    for (const v of [0, 2, 3, 255]) expect(codeOf(withByte(legacy(c), 8, v)), `SPLANENC + ${v}`).toBe("damaged");
  });

  it("damaged for a wrong KDF params length or salt length", () => {
    const c = container();
    for (const v of [0, 3, 5, 255]) expect(codeOf(withByte(c, 11, v))).toBe("damaged");
    for (const v of [0, 15, 17, 255]) expect(codeOf(withByte(c, 16, v))).toBe("damaged");
  });

  it("iteration bounds are inclusive", () => {
    expect(codeOf(container(MIN_ITERATIONS))).toBe("ok");
    expect(codeOf(container(MAX_ITERATIONS))).toBe("ok");
    for (const n of [0, 1, MIN_ITERATIONS - 1, MAX_ITERATIONS + 1, 0xffffffff]) {
      const c = container();
      new DataView(c.buffer).setUint32(12, n, false);
      expect(codeOf(c), String(n)).toBe("damaged");
    }
  });

  it("too-large above MAX_FILE_BYTES (magic is checked first)", () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    big.set(container());
    expect(codeOf(big)).toBe("too-large");
    const atCap = new Uint8Array(MAX_FILE_BYTES);
    atCap.set(container());
    expect(codeOf(atCap)).toBe("ok");
    expect(codeOf(new Uint8Array(MAX_FILE_BYTES + 1))).toBe("not-a-plan-file");
  });

  it.each([
    ["format 2", container()],
    ["format 1", legacy(container())],
  ])("every single-bit flip in the header gives the documented code (%s)", (_, c) => {
    const oldMarker = c[8] === LEGACY_FORMAT_VERSION;
    for (let offset = 0; offset < HEADER_BYTES; offset++) {
      for (let bit = 0; bit < 8; bit++) {
        const m = withByte(c, offset, c[offset]! ^ (1 << bit));
        const got = codeOf(m);
        let want: string;
        if (offset < 8) want = "not-a-plan-file";
        else if (offset === 8) want = oldMarker || m[8]! <= 1 ? "damaged" : "newer-version";
        else if (offset <= 10) want = m[offset] === 0 ? "damaged" : "newer-version";
        else if (offset === 11 || offset === 16) want = "damaged";
        else if (offset < 16) {
          const n = new DataView(m.buffer).getUint32(12, false);
          want = n >= MIN_ITERATIONS && n <= MAX_ITERATIONS ? "ok" : "damaged";
        } else want = "ok"; // salt / IV: only AES-GCM can notice
        expect(got, `offset ${offset} bit ${bit}`).toBe(want);
      }
    }
  });
});
