// Bundled by scripts/bench/crypto.mjs and run in Chromium: times the real crypto and
// validation code on the household used everywhere in the bench.
import { createKey, decrypt, encrypt, encryptWithKey, unlock } from "../../src/core/crypto";
import { householdBundle } from "../../src/core/plans/fixtures";
import { parseBundle } from "../../src/core/plans/parse";
import { median } from "./median.mjs";

const PASS = "bench maple river lantern pebble";

async function time(n: number, run: () => Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

(window as unknown as { bench: unknown }).bench = async () => {
  const bundle = householdBundle();
  const key = await createKey(PASS);
  const record = await encryptWithKey(key, bundle);
  const file = await encrypt(bundle, PASS);
  return {
    unlock: await time(7, async () => {
      const opened = await unlock(record, PASS);
      if (!opened.ok || !parseBundle(opened.value.value).ok) throw new Error("unlock failed");
    }),
    autosave: await time(60, () => encryptWithKey(key, bundle)),
    exportFile: await time(5, () => encrypt(bundle, PASS)),
    importFile: await time(5, async () => {
      const opened = await decrypt(file, PASS);
      if (!opened.ok || !parseBundle(opened.value).ok) throw new Error("import failed");
    }),
    bytes: file.length,
  };
};
