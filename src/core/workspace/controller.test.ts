import { describe, expect, it, vi } from "vitest";
import { MIN_ITERATIONS } from "../crypto";
import { createPlanStore } from "../plans/store";
import { type KeyValue, memoryKeyValue } from "../storage/kv";
import { localLock } from "../storage/locks";
import { createVault } from "../storage/vault";
import { createWorkspace, type Workspace } from "./controller";
import { memoryTabHub } from "./tabs";

const PASS = "maple river lantern pebble orchard";

/** One browser: a shared device store, lock and channel hub; each tab is a workspace. */
function browser() {
  let kv: KeyValue | null = null;
  let opened = 0;
  const lock = localLock();
  const hub = memoryTabHub();
  const tab = (
    options: {
      idleLockMs?: number;
      deaf?: boolean;
      mode?: "personal" | "session";
      /** The page unloads once it is left: a save begun after that never finishes. */
      unloadOnLeave?: { sealed: number };
      autosaveMs?: number;
      unlockGate?: { read: () => void; open: Promise<void> };
    } = {},
  ) => {
    const store = createPlanStore();
    const ws = createWorkspace({
      store,
      storage: {
        available: () => true,
        exists: async () => kv !== null,
        open: async () => {
          opened += 1;
          kv = kv ?? memoryKeyValue();
          return kv;
        },
      },
      makeVault: async (k) => {
        const vault = createVault(k, { iterations: MIN_ITERATIONS, withLock: lock });
        const unload = options.unloadOnLeave;
        if (unload) {
          let gone = false;
          const { leave, save, seal } = vault;
          vault.leave = (...args) => {
            leave.apply(vault, args);
            gone = true;
          };
          vault.save = (...args) => (gone ? new Promise(() => {}) : save.apply(vault, args));
          vault.seal = async (...args) => {
            const sealed = await seal.apply(vault, args);
            unload.sealed += 1;
            return sealed;
          };
        }
        const gate = options.unlockGate;
        if (!gate) return vault;
        // A slow key derivation: the unlock finishes only when the test opens the gate.
        const unlock = vault.unlock.bind(vault);
        vault.unlock = async (passphrase) => {
          const result = await unlock(passphrase);
          gate.read();
          await gate.open;
          return result;
        };
        return vault;
      },
      openChannel: () => (options.deaf ? null : hub.channel()),
      ...(options.mode ? { mode: options.mode } : {}),
      idleLockMs: options.idleLockMs ?? 60_000,
      autosaveMs: options.autosaveMs ?? 0,
    });
    return { store, ws };
  };
  return { tab, opened: () => opened, kv: () => kv };
}

async function saving(ws: Workspace) {
  await vi.waitFor(() => expect(ws.state().device).toBe("saving"));
  await vi.waitFor(() => expect(ws.state().dirty || ws.state().saving).toBe(false));
}

describe("workspace controller", () => {
  it("looking for a saved plan creates nothing", async () => {
    const b = browser();
    const { ws } = b.tab();
    await ws.start();
    expect(ws.state().device).toBe("off");
    expect(b.opened()).toBe(0);
    expect(b.kv()).toBeNull();
  });

  it("after opting in, every change saves itself and opens in another tab", async () => {
    const b = browser();
    const a = b.tab();
    await a.ws.start();
    const plan = a.store.ensure("adult");
    a.store.change(plan.id, "worries", "first words");
    expect(await a.ws.enable(PASS)).toBe("ok");
    a.store.change(plan.id, "code-word", "bluebird");
    await saving(a.ws);
    const other = b.tab();
    await other.ws.start();
    expect(other.ws.state()).toMatchObject({ device: "locked", unlocking: true });
    expect(await other.ws.unlock(PASS)).toBeNull();
    expect(other.store.bundle().plans[0]?.answers).toEqual({ worries: "first words", "code-word": "bluebird" });
  });

  it("a clean tab shows another tab's newer save at once", async () => {
    const b = browser();
    const a = b.tab();
    await a.ws.start();
    const id = a.store.ensure("adult").id;
    await a.ws.enable(PASS);
    const other = b.tab();
    await other.ws.start();
    await other.ws.unlock(PASS);
    a.store.change(id, "worries", "typed in the first tab");
    await saving(a.ws);
    await vi.waitFor(() => expect(other.store.plan(id)?.answers.worries).toBe("typed in the first tab"));
    expect(other.ws.state()).toMatchObject({ stale: false, notice: { key: "updated" } });
  });

  it("a tab never saves over newer work: it is told it is stale, and keeping its copy loses nothing", async () => {
    const b = browser();
    const a = b.tab();
    await a.ws.start();
    const id = a.store.ensure("adult").id;
    await a.ws.enable(PASS);
    // A tab that has not yet heard of the other's save (as a busy one may not have).
    const other = b.tab({ deaf: true });
    await other.ws.start();
    await other.ws.unlock(PASS);
    a.store.change(id, "worries", "from tab A");
    other.store.change(id, "warning-signs", "from tab B");
    await saving(a.ws);
    await other.ws.flush();
    expect(other.ws.state()).toMatchObject({ stale: true, dirty: true });
    // Nothing of B's was written over A's.
    const check = b.tab();
    await check.ws.start();
    await check.ws.unlock(PASS);
    expect(check.store.plan(id)?.answers).toEqual({ worries: "from tab A" });
    expect(await other.ws.keepMineAsCopy()).toBeNull();
    await saving(other.ws);
    const after = b.tab();
    await after.ws.start();
    await after.ws.unlock(PASS);
    const answers = after.store.bundle().plans.map((p) => p.answers);
    expect(answers).toContainEqual({ worries: "from tab A" });
    expect(answers).toContainEqual({ "warning-signs": "from tab B" });
  });

  it("turning on saving when a plan is already saved keeps it unless replacing is chosen", async () => {
    const b = browser();
    const a = b.tab();
    await a.ws.start();
    a.store.change(a.store.ensure("adult").id, "worries", "the first plan");
    await a.ws.enable(PASS);
    const other = b.tab();
    await other.ws.start();
    other.ws.continueWithout();
    other.store.change(other.store.ensure("checklist").id, "note", "second");
    expect(await other.ws.enable("a different passphrase entirely")).toBe("exists");
    expect(other.ws.state().device).toBe("locked");
    // The first passphrase still opens the first plan.
    const check = b.tab();
    await check.ws.start();
    expect(await check.ws.unlock(PASS)).toBeNull();
    expect(check.store.bundle().plans[0]?.answers).toEqual({ worries: "the first plan" });
    // Only an explicit choice replaces it.
    expect(await other.ws.enable("a different passphrase entirely", { replace: true })).toBe("ok");
  });

  it("Lock now locks every tab, saving each tab's pending words first", async () => {
    const b = browser();
    const a = b.tab();
    await a.ws.start();
    a.store.ensure("adult");
    await a.ws.enable(PASS);
    const other = b.tab();
    await other.ws.start();
    await other.ws.unlock(PASS);
    await a.ws.lock();
    expect(a.ws.state().reload).toBe(true);
    await vi.waitFor(() => expect(other.ws.state()).toMatchObject({ device: "locked", unlocking: true, reload: true }));
    expect(other.store.bundle().plans).toEqual([]);
    expect(a.store.bundle().plans).toEqual([]);
  });

  it("Delete everything clears every tab", async () => {
    const b = browser();
    const a = b.tab();
    await a.ws.start();
    a.store.change(a.store.ensure("adult").id, "worries", "x");
    await a.ws.enable(PASS);
    const other = b.tab();
    await other.ws.start();
    await other.ws.unlock(PASS);
    await a.ws.deleteEverything();
    await vi.waitFor(() => expect(other.ws.state().notice).toEqual({ key: "deletedElsewhere" }));
    expect(other.store.bundle().plans).toEqual([]);
    expect(other.ws.state().device).toBe("off");
  });

  it("a delete in another tab while this tab is unlocking wins: the plan does not come back", async () => {
    const b = browser();
    const a = b.tab();
    await a.ws.start();
    a.store.change(a.store.ensure("adult").id, "worries", "deleted meanwhile");
    await a.ws.enable(PASS);
    let open = () => {};
    let read = () => {};
    const wasRead = new Promise<void>((resolve) => (read = resolve));
    const other = b.tab({ unlockGate: { read, open: new Promise<void>((resolve) => (open = resolve)) } });
    await other.ws.start();
    // The plan is read and decrypted, but the unlock has not finished (a busy machine) when
    // the delete lands.
    const unlocking = other.ws.unlock(PASS);
    await wasRead;
    await a.ws.deleteEverything();
    await vi.waitFor(() => expect(other.ws.state().notice).toEqual({ key: "deletedElsewhere" }));
    open();
    await unlocking;
    expect(other.store.bundle().plans).toEqual([]);
    expect(other.ws.state()).toMatchObject({ device: "off", notice: { key: "deletedElsewhere" } });
  });

  it("the quick exit drops the plans and the key at once", async () => {
    const b = browser();
    const a = b.tab();
    await a.ws.start();
    a.store.change(a.store.ensure("adult").id, "worries", "x");
    await a.ws.enable(PASS);
    a.ws.exit();
    expect(a.store.bundle().plans).toEqual([]);
    expect(await a.ws.unlock("wrong")).not.toBeNull();
  });

  it("says what leaving would clear: nothing once it is saved, or saved as a file", async () => {
    const b = browser();
    const a = b.tab();
    await a.ws.start();
    expect(a.ws.unsaved()).toEqual([]);
    const id = a.store.ensure("adult").id;
    expect(a.ws.unsaved()).toEqual([]); // an empty plan loses nothing
    a.store.change(id, "worries", "x");
    expect(a.ws.unsaved().map((p) => p.id)).toEqual([id]);
    a.ws.markExported(a.store.bundle());
    expect(a.ws.unsaved()).toEqual([]);
    a.store.change(id, "worries", "xy");
    expect(a.ws.unsaved()).toHaveLength(1);
    await a.ws.enable(PASS);
    await saving(a.ws);
    expect(a.ws.unsaved()).toEqual([]);
  });

  it("locks itself after the idle time, and opens again with everything", async () => {
    const b = browser();
    const a = b.tab({ idleLockMs: 30 });
    await a.ws.start();
    const id = a.store.ensure("adult").id;
    await a.ws.enable(PASS);
    a.store.change(id, "worries", "left open");
    await vi.waitFor(() => expect(a.ws.state().device).toBe("locked"));
    expect(a.store.bundle().plans).toEqual([]);
    await a.ws.unlock(PASS);
    expect(a.store.plan(id)?.answers.worries).toBe("left open");
  });

  it("ending a session in one tab clears every session tab", async () => {
    const b = browser();
    const a = b.tab({ mode: "session" });
    const other = b.tab({ mode: "session" });
    await a.ws.start();
    await other.ws.start();
    other.store.change(other.store.ensure("adult").id, "worries", "x");
    a.ws.endSession(true);
    await vi.waitFor(() => expect(other.ws.state().ended).toBe(true));
    expect(other.store.bundle().plans).toEqual([]);
  });

  it("a session's end never ends a person's own workspace, nor touches their saved plan", async () => {
    const b = browser();
    const person = b.tab();
    await person.ws.start();
    const id = person.store.ensure("adult").id;
    person.store.change(id, "worries", "my own plan");
    await person.ws.enable(PASS);
    await saving(person.ws);
    const session = b.tab({ mode: "session" });
    await session.ws.start();
    // A second session tab, opened after the person's: once it has heard, so has the person's.
    const later = b.tab({ mode: "session" });
    await later.ws.start();
    // The person is typing when the professional's session ends (by a click, or by itself).
    person.store.change(id, "code-word", "still typing");
    session.ws.endSession(true);
    await vi.waitFor(() => expect(later.ws.state().ended).toBe(true));
    await saving(person.ws);
    expect(person.ws.state()).toMatchObject({ ended: false, device: "saving" });
    expect(person.store.plan(id)?.answers).toEqual({ worries: "my own plan", "code-word": "still typing" });
    const check = b.tab();
    await check.ws.start();
    expect(await check.ws.unlock(PASS)).toBeNull();
    expect(check.store.plan(id)?.answers).toEqual({ worries: "my own plan", "code-word": "still typing" });
  });

  it("words typed just before the page is left are kept, though the full save never finishes", async () => {
    const b = browser();
    const unload = { sealed: 0 };
    const a = b.tab({ unloadOnLeave: unload, autosaveMs: 60_000 });
    await a.ws.start();
    const id = a.store.ensure("adult").id;
    a.store.change(id, "worries", "saved");
    await a.ws.enable(PASS);
    a.store.change(id, "code-word", "typed just before leaving");
    // Sealed within moments of the key, long before the autosave's pause is over.
    await vi.waitFor(() => expect(unload.sealed).toBeGreaterThan(0));
    a.ws.leave();
    a.ws.dispose();
    const again = b.tab();
    await again.ws.start();
    expect(await again.ws.unlock(PASS)).toBeNull();
    // In place: the record had not moved on, so there is still one plan, not a copy.
    expect(again.store.bundle().plans.map((p) => p.answers)).toEqual([
      { worries: "saved", "code-word": "typed just before leaving" },
    ]);
    // Saved in full, the words left on leaving are cleared.
    await saving(again.ws);
    await vi.waitFor(async () => expect(await b.kv()?.get("left")).toBeUndefined());
    expect(await b.kv()?.get("left-base")).toBeUndefined();
  });

  it("a file opens whole: every plan in it, beside or instead of what is here", async () => {
    const b = browser();
    const a = b.tab();
    await a.ws.start();
    a.store.change(a.store.ensure("adult").id, "worries", "mine");
    const file = createPlanStore();
    file.ensure("adult");
    file.ensure("checklist");
    file.add("child", "AB");
    file.add("child", "CD");
    expect(a.ws.takeIn(file.bundle(), "keep-both")).toMatchObject({ ok: true });
    expect(a.store.bundle().plans.map((p) => p.kind)).toEqual(["adult", "adult", "checklist", "child", "child"]);
    expect(a.ws.takeIn(file.bundle(), "replace")).toMatchObject({ ok: true });
    expect(a.store.bundle().plans.map((p) => p.kind)).toEqual(["adult", "checklist", "child", "child"]);
  });

  it("a worker's copy brings its record into a session, never into a person's own workspace", async () => {
    const b = browser();
    const file = createPlanStore();
    file.ensure("adult");
    file.setRecord({ agency: "From the file" });
    const session = b.tab({ mode: "session" });
    await session.ws.start();
    expect(session.ws.takeIn(file.bundle(), "replace")).toMatchObject({ ok: true });
    expect(session.store.bundle().record).toEqual({ agency: "From the file" });
    // A record written in this session stays; the file's is still in the file.
    session.store.setRecord({ agency: "Written here" });
    session.ws.takeIn(file.bundle(), "replace");
    expect(session.store.bundle().record).toEqual({ agency: "Written here" });
    const own = b.tab();
    await own.ws.start();
    own.ws.takeIn(file.bundle(), "replace");
    expect(own.store.bundle()).not.toHaveProperty("record");
  });
});
