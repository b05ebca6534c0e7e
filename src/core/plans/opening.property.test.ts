/**
 * The whole opening path, fuzzed: readHeader → decrypt (or decryptWithKey, as a saved record is
 * reopened) → decompress → JSON limits → JSON.parse → migrate → validate, exactly as the page
 * calls it (tests/fixtures/hostile-files.ts: openFile). More than 10,000 correctly encrypted files
 * with hostile insides: not one may throw, and every outcome is "ok" or a code the page has a
 * message for. An "ok" must be a bundle the schema accepts, with unique plan ids and real dates.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { gzip, openFile, sealWithKey } from "../../../tests/fixtures/hostile-files";
import { CRYPTO_ERROR_CODES, createKey, encryptWithKey, MIN_ITERATIONS, type PlanKey } from "../crypto";
import { filledPlanOf, householdBundle, LEGACY_V0_BUNDLE } from "./fixtures";
import { parseBundle } from "./parse";
import { BundleSchema } from "./schema";

const PASSPHRASE = "opening fuzz passphrase";
const OUTCOMES = new Set<string>(["ok", ...CRYPTO_ERROR_CODES, "not-a-bundle", "invalid"]);
const enc = new TextEncoder();

let key: PlanKey;
let opened = 0;

beforeAll(async () => {
  key = await createKey(PASSPHRASE, { iterations: MIN_ITERATIONS });
});

/** Opens one file; anything it throws fails the property (and fast-check reports the input). */
async function open(bytes: Uint8Array, secret: string | PlanKey = key): Promise<string> {
  opened++;
  const code = await openFile(bytes, secret);
  expect(OUTCOMES.has(code), code).toBe(true);
  return code;
}

const sealText = async (text: string) => sealWithKey(await gzip(enc.encode(text)), key);

/** When a hostile value does get through, it must be a bundle the rest of the app can trust. */
function expectTrustworthy(value: unknown): void {
  const parsed = parseBundle(value);
  if (!parsed.ok) return;
  expect(BundleSchema.safeParse(parsed.bundle).success).toBe(true);
  const ids = parsed.bundle.plans.map((p) => p.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const p of parsed.bundle.plans) {
    for (const t of [p.createdAt, p.updatedAt, p.reviewDate, ...(p.reviews ?? [])]) {
      if (t !== undefined) expect(Number.isNaN(Date.parse(t)), t).toBe(false);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Hostile bundles: a real bundle (current or prototype format) with values swapped, removed or
// duplicated at random places.

const BASES: readonly unknown[] = [
  LEGACY_V0_BUNDLE,
  { schemaVersion: 1, plans: [filledPlanOf("child", "fuzz-child-1"), filledPlanOf("checklist", "fuzz-check-1")] },
  householdBundle(),
];

type Path = readonly (string | number)[];

function pathsOf(value: unknown, at: Path = []): Path[] {
  const out: Path[] = [at];
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...at, Array.isArray(value) ? Number(k) : k]));
  }
  return out;
}
const BASE_PATHS = BASES.map((b) => pathsOf(b));

const hostileNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e300, -1e300, 8.64e15, 8.64e15 + 1, -8.64e15 - 1, -0, 0.5, 2 ** 53 + 2, 1e-300, 1000, 1001),
);
const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom(
    "",
    "9999-99-99",
    "2026-02-30",
    "0000-00-00",
    "+275760-09-13T00:00:00.000Z",
    "2026-01-15T25:61:00.000Z",
    "__proto__",
    "constructor",
    "javascript:alert(1)",
    "data:image/png;base64,",
    "adult",
    "fuzz-child-1",
  ),
  fc.string({ unit: "grapheme", maxLength: 50 }),
);
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileNumber,
  hostileString,
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
);

type Edit =
  | { kind: "set"; path: number; value: unknown }
  | { kind: "delete"; path: number }
  | { kind: "copy"; from: number; to: number };
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("set" as const), path: fc.nat(), value: hostileValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("delete" as const), path: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("copy" as const), from: fc.nat(), to: fc.nat() }) },
);

function getAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>(
    (v, k) => (v && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined),
    root,
  );
}

/** Applies edits to a deep copy; paths that an earlier edit removed are skipped. */
function applyEdits(base: number, edits: readonly Edit[]): unknown {
  const root = { value: structuredClone(BASES[base]) };
  const paths = BASE_PATHS[base]!;
  const pick = (n: number): Path => ["value", ...paths[n % paths.length]!];
  for (const e of edits) {
    const path = pick(e.kind === "copy" ? e.to : e.path);
    const parent = getAt(root, path.slice(0, -1));
    if (!parent || typeof parent !== "object") continue;
    const last = path[path.length - 1]!;
    const target = parent as Record<string | number, unknown>;
    if (e.kind === "set") target[last] = e.value;
    else if (e.kind === "delete") {
      if (Array.isArray(target) && typeof last === "number") target.splice(last, 1);
      else delete target[last];
    } else target[last] = structuredClone(getAt(root, pick(e.from)));
  }
  return root.value;
}

const hostileBundle = fc
  .tuple(fc.nat({ max: BASES.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 5 }))
  .map(([base, edits]) => applyEdits(base, edits));

// ---------------------------------------------------------------------------------------------
// Hostile JSON text: brackets, separators and odd tokens, sometimes repeated many times.

const token = fc.constantFrom("[", "{", "]", "}", ",", ":", '"', "\\", "0", "1e300", "-", "true", "null", '"a"', " ");
const hostileText = fc.oneof(
  fc.array(token, { maxLength: 200 }).map((t) => t.join("")),
  fc
    .array(fc.tuple(token, fc.integer({ min: 1, max: 50_000 })), { minLength: 1, maxLength: 4 })
    .map((runs) => runs.map(([t, n]) => t.repeat(n)).join("")),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.jsonValue().map((v) => {
    const text = JSON.stringify(v) ?? "null";
    return text.slice(0, Math.max(0, text.length - 1)); // cut short
  }),
);

// Thousands of real decryptions per test: on a 2-core machine also running builds and browser
// tests, the largest took 49 s. The property is what is checked here, not speed.
describe("property: opening any file never throws (more than 10,000 files)", { timeout: 120_000 }, () => {
  it("any JSON value at all (3,000 files)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        await open(await sealText(JSON.stringify(value) ?? "null"));
        expectTrustworthy(JSON.parse(JSON.stringify(value) ?? "null"));
      }),
      { numRuns: 3000 },
    );
  });

  it("real bundles, current and prototype format, with hostile edits (4,400 files)", async () => {
    await fc.assert(
      fc.asyncProperty(hostileBundle, async (value) => {
        await open(await sealText(JSON.stringify(value)));
        expectTrustworthy(value);
      }),
      { numRuns: 4400 },
    );
  });

  it("hostile JSON text: deep, long, cut short or not JSON (1,500 files)", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, async (text) => {
        const code = await open(await sealText(text));
        // Anything nested past the limit is refused before JSON.parse, whatever follows.
        if (/^\[{33}/.test(text)) expect(code).toBe("damaged");
      }),
      { numRuns: 1500 },
    );
  });

  it("payloads that are not gzip, or gzip cut and changed (1,000 files)", async () => {
    const gz = await gzip(enc.encode(JSON.stringify(householdBundle())));
    const payload = fc.oneof(
      fc.uint8Array({ maxLength: 2048 }),
      fc.nat({ max: gz.length }).map((n) => gz.slice(0, n)),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 }).map((edits) => {
        const out = gz.slice();
        for (const [at, x] of edits) out[at % out.length]! ^= x;
        return out;
      }),
    );
    await fc.assert(
      fc.asyncProperty(payload, async (bytes) => {
        await open(await sealWithKey(new Uint8Array(bytes), key));
      }),
      { numRuns: 1000 },
    );
  });

  it("real files with changed, cut or added bytes (1,000 files)", async () => {
    const file = await encryptWithKey(key, householdBundle());
    const mutant = fc.oneof(
      fc.nat({ max: file.length }).map((n) => file.slice(0, n)),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }).map((edits) => {
        const out = file.slice();
        for (const [at, x] of edits) out[at % out.length]! ^= x;
        return out;
      }),
      fc.uint8Array({ minLength: 1, maxLength: 64 }).map((tail) => {
        const out = new Uint8Array(file.length + tail.length);
        out.set(file);
        out.set(tail, file.length);
        return out;
      }),
    );
    await fc.assert(
      fc.asyncProperty(mutant, async (bytes) => {
        const code = await open(bytes);
        if (bytes.length !== file.length || bytes.some((b, i) => b !== file[i])) expect(code).not.toBe("ok");
      }),
      { numRuns: 1000 },
    );
  });

  it("hostile bundles opened with the passphrase, as a chosen file is (100 files, a key derivation each)", async () => {
    await fc.assert(
      fc.asyncProperty(hostileBundle, async (value) => {
        await open(await sealText(JSON.stringify(value)), PASSPHRASE);
      }),
      { numRuns: 100 },
    );
  });

  it("opened at least 10,000 files, none of which threw", () => {
    console.log(`opening path fuzzed with ${opened} files`);
    expect(opened).toBeGreaterThanOrEqual(10_000);
  });
});
