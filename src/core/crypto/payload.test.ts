import { afterEach, describe, expect, it, vi } from "vitest";
import { gzip, sealRaw } from "../../../tests/fixtures/hostile-files";
import type { Result } from "./errors";
import { MAX_PAYLOAD_BYTES, MIN_ITERATIONS } from "./format";
import { decrypt, encrypt } from "./index";
import { checkJsonShape, JsonShapeScanner, MAX_JSON_DEPTH, MAX_JSON_ITEMS } from "./json-limits";
import { decodePayload, encodePayload } from "./payload";

const enc = new TextEncoder();
const codeOf = (r: Result<unknown>) => (r.ok ? "ok" : r.code);

/** Spies on JSON.parse; the result lists the calls that saw these payloads (the test runner parses source maps too). */
function watchParse(): () => string[] {
  const spy = vi.spyOn(JSON, "parse");
  return () =>
    spy.mock.calls.map(([text]) => String(text)).filter((text) => text.startsWith("[") || text.startsWith('{"a"'));
}

const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

afterEach(() => vi.restoreAllMocks());

describe("JSON shape limits", () => {
  it("counts nesting, and only outside strings", () => {
    expect(checkJsonShape(enc.encode(nested(MAX_JSON_DEPTH)))).toBeNull();
    expect(checkJsonShape(enc.encode(nested(MAX_JSON_DEPTH + 1)))).toBe("too-deep");
    expect(checkJsonShape(enc.encode(`{"a":${nested(MAX_JSON_DEPTH - 1)}}`))).toBeNull();
    // Brackets, escaped quotes and backslashes inside strings are text, not structure.
    const tricky = JSON.stringify({ t: `${"[{".repeat(100)} \\" \\\\ "[" ${",".repeat(MAX_JSON_ITEMS + 5)}` });
    expect(checkJsonShape(enc.encode(tricky))).toBeNull();
    expect(checkJsonShape(enc.encode(`["\\\\",${nested(MAX_JSON_DEPTH)}]`))).toBe("too-deep");
  });

  it("counts items: every { [ and , outside strings", () => {
    const items = (n: number) => `[${Array.from({ length: n }, () => "0").join(",")}]`; // n - 1 commas + 1 bracket
    expect(checkJsonShape(enc.encode(items(MAX_JSON_ITEMS)))).toBeNull();
    expect(checkJsonShape(enc.encode(items(MAX_JSON_ITEMS + 1)))).toBe("too-many-items");
  });

  it("keeps its place across chunk boundaries, even inside an escape", () => {
    const text = enc.encode(`["a\\"${"[".repeat(40)}", ${nested(MAX_JSON_DEPTH)}]`);
    for (let cut = 0; cut <= text.length; cut++) {
      const s = new JsonShapeScanner();
      expect(s.push(text.subarray(0, cut)) ?? s.push(text.subarray(cut)), `cut at ${cut}`).toBe("too-deep");
    }
    const fine = enc.encode(`["a\\"${"[".repeat(40)}", ${nested(MAX_JSON_DEPTH - 1)}]`);
    for (let cut = 0; cut <= fine.length; cut++) {
      const s = new JsonShapeScanner();
      expect(s.push(fine.subarray(0, cut)) ?? s.push(fine.subarray(cut)), `cut at ${cut}`).toBeNull();
    }
  });
});

describe("hostile payloads are refused before JSON.parse", () => {
  it("a correctly encrypted 10 KB file of 10 million brackets: damaged, without parsing", async () => {
    const gz = await gzip(enc.encode("[".repeat(10_000_000)));
    expect(gz.length).toBeLessThan(12_000);
    const file = await sealRaw(gz, "pw");
    const parsed = watchParse();
    const scanned = vi.spyOn(JsonShapeScanner.prototype, "push");
    expect(codeOf(await decrypt(file, "pw"))).toBe("damaged");
    // Refused at the first slice past the depth limit: far less than the 10 MB is ever inflated.
    expect(scanned.mock.calls.reduce((n, [chunk]) => n + chunk.length, 0)).toBeLessThan(1_000_000);
    expect(parsed()).toEqual([]);
  });

  it("deep objects, and brackets that do close, are refused too", async () => {
    const parsed = watchParse();
    for (const text of [`${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`, nested(1_000_000)]) {
      expect(codeOf(await decodePayload(await gzip(enc.encode(text))))).toBe("damaged");
    }
    expect(parsed()).toEqual([]);
  });

  it("too many items is too-large, without parsing", async () => {
    const parsed = watchParse();
    const many = `[${"0,".repeat(MAX_JSON_ITEMS)}0]`;
    expect(enc.encode(many).length).toBeLessThan(MAX_PAYLOAD_BYTES);
    expect(codeOf(await decodePayload(await gzip(enc.encode(many))))).toBe("too-large");
    expect(parsed()).toEqual([]);
  });

  it("stops decompressing at the first chunk past a limit (a bomb is not inflated in full)", async () => {
    // 64 MiB of "[" compresses to about 64 KB; reading all of it would take far longer.
    const bomb = await gzip(new Uint8Array(64 * 1024 * 1024).fill(0x5b));
    const scanned = vi.spyOn(JsonShapeScanner.prototype, "push");
    expect(codeOf(await decodePayload(bomb))).toBe("damaged");
    expect(scanned.mock.calls.reduce((n, [chunk]) => n + chunk.length, 0)).toBeLessThan(1_000_000);
  });

  it("a writer never makes a file its reader refuses", async () => {
    let deep: unknown = 1;
    for (let i = 0; i < MAX_JSON_DEPTH + 1; i++) deep = [deep];
    await expect(encodePayload(deep)).rejects.toThrow(RangeError);
    await expect(encrypt(deep, "pw", { iterations: MIN_ITERATIONS })).rejects.toThrow(RangeError);
    await expect(encodePayload(new Array(MAX_JSON_ITEMS + 1).fill(0))).rejects.toThrow(RangeError);
    let ok: unknown = 1;
    for (let i = 0; i < MAX_JSON_DEPTH; i++) ok = [ok];
    expect(await decodePayload(await encodePayload(ok))).toEqual({ ok: true, value: ok });
  });
});
