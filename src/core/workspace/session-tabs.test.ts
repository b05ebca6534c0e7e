import { describe, expect, it } from "vitest";
import { createSessionTabs, isSessionMessage, type Port } from "./session-tabs";

/** Tabs in one test: each port hears the others' messages, later, as BroadcastChannel does. */
function hub() {
  const members = new Set<Set<(m: never) => void>>();
  return (): Port => {
    const listeners = new Set<(m: never) => void>();
    members.add(listeners);
    return {
      post(message) {
        for (const other of members)
          if (other !== listeners) for (const l of other) setTimeout(() => l(structuredClone(message) as never), 0);
      },
      listen(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      close: () => members.delete(listeners),
    };
  };
}
const settle = () => new Promise((r) => setTimeout(r, 5));

describe("session tabs", () => {
  it("a new tab learns at once that another tab holds a household", async () => {
    const port = hub();
    const first = createSessionTabs(port(), "a");
    first.tell(3);
    await settle();
    const second = createSessionTabs(port(), "b");
    await settle();
    expect(second.others()).toBe(3);
    expect(first.others()).toBe(0);
  });

  it("follows the other tab's work as it changes, and forgets a tab that goes", async () => {
    const port = hub();
    const first = createSessionTabs(port(), "a");
    const second = createSessionTabs(port(), "b");
    const seen: number[] = [];
    second.subscribe((n) => seen.push(n));
    first.tell(1);
    await settle();
    first.tell(2);
    await settle();
    first.dispose();
    await settle();
    expect(seen).toEqual([1, 2, 0]);
  });

  it("takes only well-formed messages from the channel", () => {
    expect(isSessionMessage({ type: "ask" })).toBe(true);
    expect(isSessionMessage({ type: "work", from: "x", count: 2 })).toBe(true);
    expect(isSessionMessage({ type: "work", from: "x", count: -4 })).toBe(false);
    expect(isSessionMessage({ type: "work", from: "x", count: "many" })).toBe(false);
    expect(isSessionMessage({ type: "work", count: 1 })).toBe(false);
    expect(isSessionMessage(null)).toBe(false);
  });

  it("works alone where the browser has no channel", () => {
    const tabs = createSessionTabs(null);
    tabs.tell(2);
    expect(tabs.others()).toBe(0);
    tabs.dispose();
  });
});
