import { describe, expect, it, vi } from "vitest";
import { createSessionTabs, isSessionMessage, type SessionMessage } from "./session-tabs";
import { memoryTabHub } from "./tabs";

describe("session tabs", () => {
  it("a new tab learns at once that another tab holds a household", async () => {
    const hub = memoryTabHub<SessionMessage>();
    const first = createSessionTabs(hub.channel(), "a");
    first.tell(3);
    const second = createSessionTabs(hub.channel(), "b");
    await vi.waitFor(() => expect(second.others()).toBe(3));
    expect(first.others()).toBe(0);
  });

  it("follows the other tab's work as it changes, and forgets a tab that goes", async () => {
    const hub = memoryTabHub<SessionMessage>();
    const first = createSessionTabs(hub.channel(), "a");
    const second = createSessionTabs(hub.channel(), "b");
    const seen: number[] = [];
    second.subscribe((n) => seen.push(n));
    first.tell(1);
    await vi.waitFor(() => expect(seen).toEqual([1]));
    first.tell(2);
    await vi.waitFor(() => expect(seen).toEqual([1, 2]));
    first.dispose();
    await vi.waitFor(() => expect(seen).toEqual([1, 2, 0]));
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
