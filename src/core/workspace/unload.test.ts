import { describe, expect, it } from "vitest";
import { createPlanStore } from "../plans/store";
import { memoryKeyValue } from "../storage/kv";
import { createVault } from "../storage/vault";
import { createWorkspace } from "./controller";
import { asksBeforeUnload } from "./unload";

/** A workspace with nothing saved on the device and no other tabs. */
function workspace(mode: "personal" | "session") {
  const store = createPlanStore();
  const ws = createWorkspace({
    store,
    mode,
    storage: { available: () => true, exists: async () => false, open: async () => memoryKeyValue() },
    makeVault: async (kv) => createVault(kv),
    openChannel: () => null,
    idleLockMs: 60_000,
  });
  const plan = store.ensure("adult");
  return { store, ws, plan };
}

describe("asking before the tab reloads, goes Back or closes", () => {
  it("a session with unsaved work asks: a slip on a shared laptop must not lose a household", async () => {
    const { store, ws, plan } = workspace("session");
    await ws.start();
    expect(asksBeforeUnload("session", ws)).toBe(false);
    store.change(plan.id, "worries", "typed");
    expect(asksBeforeUnload("session", ws)).toBe(true);
  });

  it("a session asks for a worker's record in no file yet, and stops once a copy holds it", async () => {
    const { store, ws } = workspace("session");
    await ws.start();
    store.setRecord({ agency: "Typed only here" });
    expect(asksBeforeUnload("session", ws)).toBe(true);
    // The worker's copy carries a review snapshot too: that is not a change of the record.
    ws.markExported({
      ...store.bundle(),
      record: { agency: "Typed only here", reviewed: { at: "2026-05-01", plans: [], record: {} } },
    });
    expect(asksBeforeUnload("session", ws)).toBe(false);
    store.setRecord({ agency: "Changed since" });
    expect(asksBeforeUnload("session", ws)).toBe(true);
  });

  it("a person's own plan never asks: closing the tab in a hurry must always work at once", async () => {
    const { store, ws, plan } = workspace("personal");
    await ws.start();
    store.change(plan.id, "worries", "typed");
    expect(ws.unsaved()).toHaveLength(1);
    expect(asksBeforeUnload("personal", ws)).toBe(false);
  });

  it("a session stops asking once its work is in a file, after the quick exit, and once it has ended", async () => {
    const saved = workspace("session");
    await saved.ws.start();
    saved.store.change(saved.plan.id, "worries", "typed");
    saved.ws.markExported(saved.store.bundle());
    expect(asksBeforeUnload("session", saved.ws)).toBe(false);

    const exited = workspace("session");
    await exited.ws.start();
    exited.store.change(exited.plan.id, "worries", "typed");
    exited.ws.exit();
    expect(asksBeforeUnload("session", exited.ws)).toBe(false);

    // The exit's location.replace fires beforeunload before the islands have heard the exit
    // (the page is hidden and leaving first, everything else after): the root's mark says so.
    const leaving = workspace("session");
    await leaving.ws.start();
    leaving.store.change(leaving.plan.id, "worries", "typed");
    expect(asksBeforeUnload("session", leaving.ws, { leaving: true })).toBe(false);
    expect(asksBeforeUnload("session", leaving.ws, { leaving: false })).toBe(true);

    const ended = workspace("session");
    await ended.ws.start();
    ended.store.change(ended.plan.id, "worries", "typed");
    ended.ws.endSession();
    expect(asksBeforeUnload("session", ended.ws)).toBe(false);
  });
});
