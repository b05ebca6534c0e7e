/**
 * Test helpers: a tab hub and a device store that take their time, as real ones do. Every
 * message and every storage call waits a seeded random delay, so messages arrive out of order
 * and one tab's read can sit between another tab's keystrokes. The same seed gives the same
 * delays, so a failing seed can be run again. Used only by the unit tests.
 */
import type { TabMessage } from "../signals";
import type { KeyValue } from "../storage/kv";
import type { TabChannel } from "./tabs";

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Each message reaches each other tab after its own delay, so two messages can swap places. */
export function delayedTabHub(random: () => number, maxDelayMs = 6): { channel(): TabChannel } {
  const members = new Set<Set<(m: TabMessage) => void>>();
  return {
    channel() {
      const listeners = new Set<(m: TabMessage) => void>();
      members.add(listeners);
      return {
        post(message) {
          for (const other of members) {
            if (other === listeners) continue;
            const copy = structuredClone(message);
            setTimeout(() => {
              if (members.has(other)) for (const l of other) l(copy);
            }, random() * maxDelayMs);
          }
        },
        listen(listener) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        close: () => members.delete(listeners),
      };
    },
  };
}

/**
 * One device's storage, shared by every tab of the test. Each call waits a seeded delay, then
 * reads or writes at that moment (a write of several entries lands whole, as one transaction
 * does). slow() adds a delay to reads, as a busy disk would; clearSiteData() empties it under
 * the tabs, as the browser's "Clear browsing data" does.
 */
export interface DelayedDevice {
  kv: KeyValue;
  slow(ms: number): void;
  clearSiteData(): void;
  /** Whether anything is stored (a cleared device holds nothing, until a tab writes again). */
  holds(): boolean;
}

export function delayedDevice(random: () => number, maxDelayMs = 4): DelayedDevice {
  const map = new Map<string, Uint8Array>();
  let slowReads = 0;
  const wait = (extra = 0) => pause(random() * maxDelayMs + extra);
  const kv: KeyValue = {
    kind: "memory",
    async get(key) {
      await wait(slowReads);
      const value = map.get(key);
      return value && new Uint8Array(value);
    },
    async set(key, value) {
      await wait();
      map.set(key, new Uint8Array(value));
    },
    async setMany(entries) {
      await wait();
      for (const [k, v] of entries) map.set(k, new Uint8Array(v));
    },
    async delete(key) {
      await wait();
      map.delete(key);
    },
    async destroy() {
      await wait();
      map.clear();
    },
  };
  return {
    kv,
    slow: (ms) => {
      slowReads = ms;
    },
    clearSiteData: () => map.clear(),
    holds: () => map.size > 0,
  };
}
