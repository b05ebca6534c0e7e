import { describe, expect, it, vi } from "vitest";
import { MIN_ITERATIONS } from "../crypto";
import type { Bundle } from "../plans/schema";
import { createPlanStore } from "../plans/store";
import { localLock } from "../storage/locks";
import { createVault, type Vault } from "../storage/vault";
import { createWorkspace, type Workspace } from "./controller";
import { type DelayedDevice, delayedDevice, delayedTabHub, pause, seeded } from "./race-fakes";

/**
 * The tab protocol under seeded delays and reorderings: every message and storage call takes
 * its own random time, so the windows between "read" and "apply" open as they do in a busy
 * browser. Each race runs for many seeds (RACE_SEEDS raises the count); a failure names its seed.
 */

// Key derivation is real but remembered per passphrase and salt, so many seeds stay quick.
vi.mock("../crypto/kdf", async (importOriginal) => {
  const real = await importOriginal<typeof import("../crypto/kdf")>();
  const created = new Map<string, ReturnType<typeof real.createKey>>();
  const derived = new Map<string, ReturnType<typeof real.deriveKeyForHeader>>();
  return {
    ...real,
    createKey: (pass: string, opts?: { iterations?: number }) => {
      if (!created.has(pass)) created.set(pass, real.createKey(pass, opts));
      return created.get(pass) as ReturnType<typeof real.createKey>;
    },
    deriveKeyForHeader: (pass: string, header: Parameters<typeof real.deriveKeyForHeader>[1]) => {
      const id = `${pass}:${Array.from(header.salt).join(",")}`;
      if (!derived.has(id)) derived.set(id, real.deriveKeyForHeader(pass, header));
      return derived.get(id) as ReturnType<typeof real.deriveKeyForHeader>;
    },
  };
});

const PASS = "maple river lantern pebble orchard";
const SEEDS = Array.from({ length: Number(process.env.RACE_SEEDS ?? 8) }, (_, i) => i + 1);

interface Tab {
  ws: Workspace;
  store: ReturnType<typeof createPlanStore>;
  vault: () => Vault | null;
}

/** One browser whose storage and tab channel take seeded time. */
function browser(seed: number) {
  const random = seeded(seed);
  const device: DelayedDevice = delayedDevice(random);
  const hub = delayedTabHub(random);
  const lock = localLock();
  let made = false;
  const tab = (options: { idleLockMs?: number; deaf?: boolean; onRead?: () => void } = {}): Tab => {
    const store = createPlanStore();
    let vault: Vault | null = null;
    const ws = createWorkspace({
      store,
      storage: {
        available: () => true,
        exists: async () => made,
        open: async () => {
          made = true;
          return device.kv;
        },
      },
      makeVault: async (kv) => {
        const v = createVault(kv, { iterations: MIN_ITERATIONS, withLock: lock });
        const readLatest = v.readLatest.bind(v);
        v.readLatest = () => {
          const reading = readLatest();
          options.onRead?.();
          return reading;
        };
        vault = v;
        return v;
      },
      openChannel: () => (options.deaf ? null : hub.channel()),
      idleLockMs: options.idleLockMs ?? 60_000,
      autosaveMs: Math.floor(random() * 3),
    });
    return { ws, store, vault: () => vault };
  };
  return { tab, device };
}

/**
 * Until nothing is on its way: no write pending or running in any tab, and no tab's state
 * changing for a while (so late messages and slow reads have landed too).
 */
async function settled(...tabs: Tab[]) {
  for (;;) {
    await vi.waitFor(
      () => {
        for (const t of tabs) {
          const s = t.ws.state();
          expect(s.saving).toBe(false);
          if (!s.stale && s.device === "saving") expect(s.dirty).toBe(false);
        }
      },
      { timeout: 3000, interval: 2 },
    );
    const seen = tabs.map((t) => t.ws.state());
    await pause(12);
    if (tabs.every((t, i) => t.ws.state() === seen[i])) return;
  }
}

/** Everything in the saved record, read by a fresh tab. */
async function savedAnswers(b: ReturnType<typeof browser>): Promise<Bundle["plans"]> {
  const check = b.tab({ deaf: true });
  await check.ws.start();
  expect(await check.ws.unlock(PASS)).toBeNull();
  const plans = check.store.bundle().plans;
  check.ws.dispose();
  return plans;
}

const words = (plans: Bundle["plans"]) => plans.flatMap((p) => Object.values(p.answers).map(String));

/** Tabs A and B with one saved plan, both unlocked and clean. */
async function twoUnlocked(b: ReturnType<typeof browser>, options: { onReadA?: () => void } = {}) {
  const a = b.tab(options.onReadA ? { onRead: options.onReadA } : {});
  await a.ws.start();
  const id = a.store.ensure("adult").id;
  a.store.change(id, "worries", "saved first");
  expect(await a.ws.enable(PASS)).toBe("ok");
  const other = b.tab();
  await other.ws.start();
  expect(await other.ws.unlock(PASS)).toBeNull();
  await settled(a, other);
  return { a, b: other, id };
}

describe("races between tabs, under seeded delays", () => {
  it.each(SEEDS)("keys typed while a tab reads another's save are never lost or saved over (seed %i)", async (seed) => {
    for (const slow of [0, 8]) {
      const b = browser(seed * 7 + slow);
      let typeNow = () => {};
      const tabs = await twoUnlocked(b, { onReadA: () => typeNow() });
      const { a, id } = tabs;
      // A's person types while A is reading what B saved.
      typeNow = () => {
        typeNow = () => {};
        a.store.change(id, "code-word", "typed in A meanwhile");
      };
      b.device.slow(slow);
      tabs.b.store.change(id, "warning-signs", "typed in B");
      await settled(a, tabs.b);
      // A's words are still on A's screen; it says it shows the newer version only if it does.
      expect(a.store.plan(id)?.answers["code-word"], `seed ${seed}`).toBe("typed in A meanwhile");
      const notice = a.ws.state().notice;
      if (notice && "key" in notice && notice.key === "updated")
        expect(words(a.store.bundle().plans)).toContain("typed in B");
      if (a.ws.state().stale) expect(await a.ws.keepMineAsCopy()).toBeNull();
      await settled(a, tabs.b);
      b.device.slow(0);
      // Nothing anyone typed is lost from the saved plan.
      const saved = words(await savedAnswers(b));
      expect(saved, `seed ${seed}, slow ${slow}`).toContain("typed in B");
      expect(saved, `seed ${seed}, slow ${slow}`).toContain("typed in A meanwhile");
      a.ws.dispose();
      tabs.b.ws.dispose();
    }
  });

  it.each(SEEDS)(
    "Lock now while another tab types: nothing is falsely held back, and no plan doubles (seed %i)",
    async (seed) => {
      const b = browser(seed);
      const { a, b: other, id } = await twoUnlocked(b);
      // What B's screen held when it locked: the last words it must have saved.
      let last: unknown;
      other.store.subscribe((bundle, reason) => {
        if (reason === "change") last = bundle.plans.find((p) => p.id === id)?.answers.worries;
      });
      let n = 0;
      const typing = (async () => {
        while (other.store.plan(id) && n < 400) {
          n += 1;
          other.store.change(id, "worries", `key ${n}`);
          await pause(1);
        }
      })();
      await pause(seed % 7);
      await a.ws.lock();
      await vi.waitFor(() => expect(other.ws.state()).toMatchObject({ device: "locked", saving: false }), {
        timeout: 3000,
        interval: 2,
      });
      await typing;
      expect(other.ws.state().notice, `seed ${seed}`).not.toEqual({ key: "notLockedSaveFailed" });
      expect(other.ws.state().reload).toBe(true);
      const saved = await savedAnswers(b);
      expect(saved, `seed ${seed}`).toHaveLength(1);
      expect(saved[0]?.answers.worries, `seed ${seed}`).toBe(last);
    },
  );

  it.each(SEEDS)("Keep mine as a copy copies only the plans this tab changed (seed %i)", async (seed) => {
    const b = browser(seed);
    const a = b.tab();
    await a.ws.start();
    const plan = a.store.ensure("adult").id;
    const list = a.store.ensure("checklist").id;
    a.store.change(plan, "worries", "first");
    a.store.change(list, "note", "first list");
    expect(await a.ws.enable(PASS)).toBe("ok");
    // B does not hear A's save (a busy tab), so its next save is refused.
    const other = b.tab({ deaf: true });
    await other.ws.start();
    expect(await other.ws.unlock(PASS)).toBeNull();
    await settled(a, other);
    a.store.change(list, "note", "list changed in A");
    await settled(a);
    other.store.change(plan, "worries", "plan changed in B");
    await settled(other);
    expect(other.ws.state().stale).toBe(true);
    expect(await other.ws.keepMineAsCopy()).toBeNull();
    await settled(a, other);
    const saved = await savedAnswers(b);
    expect(saved.map((p) => p.kind).sort(), `seed ${seed}`).toEqual(["adult", "adult", "checklist"]);
    expect(words(saved)).toEqual(expect.arrayContaining(["first", "plan changed in B", "list changed in A"]));
  });

  it.each(SEEDS)(
    "site data cleared under a live tab: said truthfully, words kept, saving offered again (seed %i)",
    async (seed) => {
      const b = browser(seed);
      const a = b.tab();
      await a.ws.start();
      const id = a.store.ensure("adult").id;
      expect(await a.ws.enable(PASS)).toBe("ok");
      await settled(a);
      b.device.clearSiteData();
      a.store.change(id, "worries", "typed after the clear");
      await vi.waitFor(() => expect(a.ws.state().device).toBe("off"), { timeout: 3000, interval: 5 });
      expect(a.ws.state()).toMatchObject({ stale: false, notice: { key: "gone" } });
      expect(a.store.plan(id)?.answers.worries).toBe("typed after the clear");
      // Nothing was quietly made again; leaving would say what would be lost.
      expect(b.device.holds()).toBe(false);
      expect(a.ws.unsaved().map((p) => p.id)).toEqual([id]);
      expect(await a.ws.enable(PASS)).toBe("ok");
      await settled(a);
      expect(words(await savedAnswers(b))).toContain("typed after the clear");
    },
  );

  it.each(SEEDS.slice(0, 3))(
    "use of any tab keeps every tab unlocked, until all are left alone (seed %i)",
    async (seed) => {
      const b = browser(seed);
      const idleLockMs = 60;
      // Every timer runs on the test's own clock from the start, so a busy machine cannot stretch
      // a 5 ms pause past the idle time (an idle timer armed on the real clock while the tabs
      // opened could fire mid-test); storage and messages still take their seeded turns.
      vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "Date"] });
      const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
      const started: Tab[] = [];
      /** Waits for `work` on the test's clock, the tabs open so far in use meanwhile. */
      const inUse = async <T>(work: Promise<T>): Promise<T> => {
        let done = false;
        const settled = work.finally(() => {
          done = true;
        });
        while (!done) {
          for (const tab of started) tab.ws.touch();
          await vi.advanceTimersByTimeAsync(5);
          await tick();
        }
        return settled;
      };
      try {
        const a = b.tab({ idleLockMs });
        started.push(a);
        await inUse(a.ws.start());
        a.store.ensure("adult");
        expect(await inUse(a.ws.enable(PASS))).toBe("ok");
        const other = b.tab({ idleLockMs });
        started.push(other);
        await inUse(other.ws.start());
        expect(await inUse(other.ws.unlock(PASS))).toBeNull();
        const locked = () => a.ws.state().device === "locked" && other.ws.state().device === "locked";
        // Only A is used, for well over the idle time: B must not lock A (or itself).
        for (let t = 0; t < idleLockMs * 2.5; t += 5) {
          a.ws.touch();
          await vi.advanceTimersByTimeAsync(5);
          await tick();
        }
        expect(other.ws.state().device, `seed ${seed}`).toBe("saving");
        expect(a.ws.state().device, `seed ${seed}`).toBe("saving");
        // Left alone, every tab locks.
        for (let i = 0; i < 2000 && !locked(); i++) {
          await vi.advanceTimersByTimeAsync(5);
          await tick();
        }
        expect(a.ws.state().device, `seed ${seed}`).toBe("locked");
        expect(other.ws.state().device, `seed ${seed}`).toBe("locked");
      } finally {
        vi.useRealTimers();
      }
    },
  );
});
