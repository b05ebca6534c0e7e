import { describe, expect, it } from "vitest";
import { MIN_ITERATIONS } from "../crypto";
import { SCHEMA_VERSION } from "../plans/constants";
import { filledPlanOf, householdBundle } from "../plans/fixtures";
import { memoryKeyValue, probe, RECORD_KEY } from "./kv";
import { createVault } from "./vault";

const fast = { iterations: MIN_ITERATIONS };

describe("vault", () => {
  it("saves locked, unlocks with the passphrase, and never stores plain text", async () => {
    const kv = memoryKeyValue();
    const vault = createVault(kv, fast);
    const bundle = householdBundle();
    bundle.plans[0]!.answers.worries = "CANARY-plaintext-1234";
    await vault.create("a long passphrase here", bundle);
    const raw = await kv.get(RECORD_KEY);
    expect(raw).toBeDefined();
    expect(new TextDecoder("latin1").decode(raw)).not.toContain("CANARY");
    vault.lock();
    expect(vault.isUnlocked()).toBe(false);
    expect(await vault.unlock("wrong passphrase")).toEqual({ ok: false, code: "wrong-passphrase-or-damaged" });
    expect(await vault.hasRecord()).toBe(true);
    const opened = await vault.unlock("a long passphrase here");
    expect(opened).toEqual({ ok: true, bundle, revision: 1 });
  });

  it("autosaves with the key in memory, and saves nothing once locked", async () => {
    const kv = memoryKeyValue();
    const vault = createVault(kv, fast);
    await vault.create("another passphrase", { schemaVersion: SCHEMA_VERSION, plans: [] });
    const plan = filledPlanOf("checklist");
    await vault.save({ schemaVersion: SCHEMA_VERSION, plans: [plan] }, 1);
    vault.lock();
    await vault.save({ schemaVersion: SCHEMA_VERSION, plans: [] }, 2);
    const opened = await vault.unlock("another passphrase");
    expect(opened.ok && opened.bundle.plans).toEqual([plan]);
  });

  it("delete everything leaves nothing", async () => {
    const kv = memoryKeyValue();
    const vault = createVault(kv, fast);
    await vault.create("to be deleted soon", { schemaVersion: SCHEMA_VERSION, plans: [] });
    await vault.destroy();
    expect(await vault.hasRecord()).toBe(false);
    expect(vault.isUnlocked()).toBe(false);
  });

  it("reports a broken store instead of throwing", async () => {
    const kv = memoryKeyValue();
    const broken = {
      ...kv,
      get: () => Promise.reject(new Error("blocked")),
      set: () => Promise.reject(new Error("blocked")),
    };
    const vault = createVault(broken, fast);
    expect(await vault.hasRecord()).toBe(false);
    expect(await vault.unlock("whatever it is")).toEqual({ ok: false, code: "storage-failed" });
    expect(await probe(broken)).toBe(false);
    expect(await probe(kv)).toBe(true);
  });

  it("lets two tabs check the same store at once without spoiling each other's check", async () => {
    const kv = memoryKeyValue();
    let release = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    // This tab writes its marker, then is slow to read it back...
    const slow = { ...kv, get: async (key: string) => gate.then(() => kv.get(key)) };
    const slowCheck = probe(slow);
    // ...while another tab writes, reads and deletes its own.
    expect(await probe(kv)).toBe(true);
    release();
    expect(await slowCheck).toBe(true);
  });

  it("saves only over the revision it last read: a second tab's older view is refused", async () => {
    const kv = memoryKeyValue();
    const first = createVault(kv, fast);
    await first.create("a long passphrase here", { schemaVersion: SCHEMA_VERSION, plans: [] });
    const second = createVault(kv, fast);
    expect((await second.unlock("a long passphrase here")).ok).toBe(true);
    expect(await first.save({ schemaVersion: SCHEMA_VERSION, plans: [filledPlanOf("adult")] }, 1)).toEqual({
      ok: true,
      revision: 2,
    });
    expect(await second.save({ schemaVersion: SCHEMA_VERSION, plans: [] }, 1)).toEqual({
      ok: false,
      reason: "stale",
      revision: 2,
    });
    const latest = await second.readLatest();
    expect(latest.ok && latest.bundle.plans).toHaveLength(1);
    expect(await second.save({ schemaVersion: SCHEMA_VERSION, plans: [] }, 2)).toEqual({ ok: true, revision: 3 });
  });

  it("a save is based on the revision it states: reading a newer one meanwhile does not let it write", async () => {
    const kv = memoryKeyValue();
    const first = createVault(kv, fast);
    await first.create("a long passphrase here", { schemaVersion: SCHEMA_VERSION, plans: [] });
    const second = createVault(kv, fast);
    expect((await second.unlock("a long passphrase here")).ok).toBe(true);
    expect(await first.save({ schemaVersion: SCHEMA_VERSION, plans: [filledPlanOf("adult")] }, 1)).toEqual({
      ok: true,
      revision: 2,
    });
    // The second tab reads the newer record, but its screen still holds words based on 1.
    expect((await second.readLatest()).ok).toBe(true);
    expect(await second.save({ schemaVersion: SCHEMA_VERSION, plans: [] }, 1)).toEqual({
      ok: false,
      reason: "stale",
      revision: 2,
    });
  });

  it("a record that has gone (the browser's data cleared) is said to be gone, never made again", async () => {
    const kv = memoryKeyValue();
    const vault = createVault(kv, fast);
    await vault.create("a long passphrase here", { schemaVersion: SCHEMA_VERSION, plans: [] });
    await kv.destroy();
    expect(await vault.save({ schemaVersion: SCHEMA_VERSION, plans: [filledPlanOf("adult")] }, 1)).toEqual({
      ok: false,
      reason: "gone",
    });
    expect(await vault.hasRecord()).toBe(false);
    expect(await vault.readLatest()).toEqual({ ok: false, code: "missing" });
  });

  it("never replaces a saved record on opt-in unless told to", async () => {
    const kv = memoryKeyValue();
    await createVault(kv, fast).create("a long passphrase here", { schemaVersion: SCHEMA_VERSION, plans: [] });
    const other = createVault(kv, fast);
    expect(await other.create("another passphrase", { schemaVersion: SCHEMA_VERSION, plans: [] })).toEqual({
      ok: false,
      reason: "exists",
    });
    expect(other.isUnlocked()).toBe(false);
    expect((await createVault(kv, fast).unlock("a long passphrase here")).ok).toBe(true);
    expect(
      await other.create("another passphrase", { schemaVersion: SCHEMA_VERSION, plans: [] }, { replace: true }),
    ).toEqual({
      ok: true,
      revision: 2,
    });
  });
});
