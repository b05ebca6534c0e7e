import { describe, expect, it, vi } from "vitest";
import type { Bundle, Plan } from "../plans/schema";
import { emptyBundle } from "../plans/store";
import { carriedStart, HANDOFF_KEY, isLanguageTwin, plansToCarry, takeHandOff } from "./handoff";
import { sealHandOff } from "./handoff-seal";

const at = (path: string) => new URL(path, "https://example.test");

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
}

const plan = (id: string, answers: Plan["answers"] = {}): Plan =>
  ({
    id,
    kind: "child",
    answers,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-01T00:00:00.000Z",
  }) as Plan;
const bundleOf = (...plans: Plan[]): Bundle => ({ ...emptyBundle(), plans });

describe("switching language keeps the plans", () => {
  it("knows a language link from a move elsewhere", () => {
    expect(isLanguageTwin(at("/cy/plan/child/"), at("/plan/child/"))).toBe(true);
    expect(isLanguageTwin(at("/plan/child/"), at("/ar/plan/child/#plan-abc"))).toBe(true);
    expect(isLanguageTwin(at("/professionals/session/"), at("/cy/professionals/session/"))).toBe(true);
    expect(isLanguageTwin(at("/cy/plan/child/"), at("/cy/plan/adult/"))).toBe(false);
    expect(isLanguageTwin(at("/cy/plan/child/"), at("/plan/adult/"))).toBe(false);
    expect(isLanguageTwin(at("/plan/child/"), at("/plan/child/"))).toBe(false);
    expect(isLanguageTwin(at("/plan/child/"), new URL("https://elsewhere.test/cy/plan/child/"))).toBe(false);
  });

  it("carries everything held only here, only the unsaved changes when saving is on, and nothing when all is saved", () => {
    const typed = plan("a", { "my-name": "Sam" });
    const empty = plan("b");
    const all = bundleOf(typed, empty);
    expect(plansToCarry("off", [typed], all)).toEqual(all);
    expect(plansToCarry("checking", [typed], all)).toEqual(all); // a session: never on the device
    expect(plansToCarry("locked", [typed], all)).toEqual(all); // typed without opening the saved plan
    expect(plansToCarry("off", [], bundleOf(empty))).toBeNull(); // nothing typed: nothing to lose
    expect(plansToCarry("saving", [], all)).toBeNull(); // all saved: unlock again there
    expect(plansToCarry("saving", [typed], all)?.plans).toEqual([typed]); // stale, or a failed save
    // A session's worker's record alone is work too: it comes along, whole.
    const recordOnly = { ...bundleOf(empty), record: { agency: "Typed only here" } };
    expect(plansToCarry("checking", [], recordOnly)).toEqual(recordOnly);
  });

  it("hands the plans over encrypted, and the new page takes them out of storage and the address at once", async () => {
    const storage = memoryStorage();
    const carried = { bundle: bundleOf(plan("a", { "my-name": "Sam Jones" })), planId: "a" };
    const href = await sealHandOff(carried, at("/plan/child/"), storage);
    const url = new URL(href);
    expect(url.pathname).toBe("/plan/child/");
    expect(url.hash).toMatch(/^#carry-[A-Za-z0-9_-]{43}$/);
    const stored = storage.items.get(HANDOFF_KEY) ?? "";
    // Nothing readable at rest: neither the name nor the plan's shape.
    expect(stored).not.toContain("Sam");
    expect(atob(stored)).not.toContain("Sam");
    expect(atob(stored)).not.toContain("my-name");

    const taken = takeHandOff(url, storage);
    expect(storage.items.size).toBe(0);
    expect(taken.cleanUrl).toBe("https://example.test/plan/child/");
    expect(await taken.handOff).toEqual(carried);
  });

  it("carries a session's start, so its minutes go on from there in the other language", async () => {
    const storage = memoryStorage();
    // A start 25 minutes ago, by the page's clock when the plans arrive.
    const arrival = new Date("2026-12-06T12:00:00Z").getTime();
    vi.useFakeTimers({ now: arrival, toFake: ["Date"] });
    const startedAt = arrival - 25 * 60_000;
    try {
      const to = at("/cy/professionals/session/");
      const href = await sealHandOff({ bundle: bundleOf(plan("a")), startedAt }, to, storage);
      expect((await takeHandOff(new URL(href), storage).handOff)?.startedAt).toBe(startedAt);
    } finally {
      vi.useRealTimers();
    }
  });

  it("takes a start only if it is a time that has passed, within a day", () => {
    const now = Date.UTC(2026, 11, 6, 12);
    expect(carriedStart(now - 60_000, now)).toBe(now - 60_000);
    expect(carriedStart(now + 60_000, now)).toBeUndefined();
    expect(carriedStart(now - 25 * 60 * 60_000, now)).toBeUndefined();
    expect(carriedStart("12", now)).toBeUndefined();
    expect(carriedStart(Number.NaN, now)).toBeUndefined();
  });

  it("opens nothing with the wrong key, without a key, or without the stored copy, and still clears both", async () => {
    const storage = memoryStorage();
    const href = await sealHandOff({ bundle: bundleOf(plan("a", { x: "y" })) }, at("/cy/plan/child/"), storage);
    const wrong = new URL(href);
    wrong.hash = `carry-${"A".repeat(43)}`;
    const a = takeHandOff(wrong, storage);
    expect(await a.handOff).toBeNull();
    expect(storage.items.size).toBe(0);

    expect(await takeHandOff(new URL(href), storage).handOff).toBeNull(); // the copy is gone
    storage.setItem(HANDOFF_KEY, "left over");
    const none = takeHandOff(at("/cy/plan/child/#plan-abc"), storage);
    expect(none.cleanUrl).toBeNull(); // an ordinary address is left as it is
    expect(await none.handOff).toBeNull();
    expect(storage.items.size).toBe(0); // a copy left behind never outlives the next page
  });
});

describe("a language link's mark", () => {
  it("still makes the link the page's twin (the quick-exit script adds ?lang to language links)", () => {
    const from = new URL("https://example.org/cy/plan/child/");
    expect(isLanguageTwin(from, new URL("https://example.org/plan/child/?lang"))).toBe(true);
    expect(isLanguageTwin(from, new URL("https://example.org/plan/child/?other=1"))).toBe(false);
  });
});
