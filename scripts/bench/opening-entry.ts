// Bundled by scripts/bench/opening.mjs and run in Chromium: makes real and hostile files and
// opens them the way the page does (readHeader, decrypt, parseBundle: see ImportPanel.tsx),
// while opening.mjs traces the main thread. Also makes the hostile file the exit bench uses.
import { DEFAULT_ITERATIONS, encrypt } from "../../src/core/crypto";
import { householdBundle } from "../../src/core/plans/fixtures";
import { HOSTILE_FILES, openFile, sealJsonText } from "../../tests/fixtures/hostile-files";
import { largestHousehold } from "../../tests/fixtures/largest-household";

const PASS = "bench maple river lantern pebble";
const w = window as unknown as Record<string, unknown>;
let files: Array<{ name: string; bytes: Uint8Array; expected: string }> = [];

w.hostileFile = async () => Array.from(await sealJsonText("[".repeat(10_000_000), PASS, DEFAULT_ITERATIONS));

/** Encrypts the files to open (at the default 600,000 iterations, as real files are). */
w.prepareFiles = async () => {
  files = [
    { name: "the bench household", bytes: await encrypt(householdBundle(), PASS), expected: "ok" },
    { name: "the largest household, English", bytes: await encrypt(largestHousehold("ascii"), PASS), expected: "ok" },
    { name: "the largest household, 3-byte script", bytes: await encrypt(largestHousehold(), PASS), expected: "ok" },
  ];
  for (const h of HOSTILE_FILES) {
    files.push({ name: h.name, bytes: await sealJsonText(h.text(), PASS, DEFAULT_ITERATIONS), expected: h.expect });
  }
  return files.map((f) => ({ name: f.name, kb: f.bytes.length / 1024, expected: f.expected }));
};

/** Opens file `n` `tries` times, as the page does; returns the outcome. */
w.openFileNumber = async ([n, tries]: [number, number]) => {
  let code = "";
  for (let i = 0; i < tries; i++) code = await openFile(files[n]!.bytes, PASS);
  return code;
};
