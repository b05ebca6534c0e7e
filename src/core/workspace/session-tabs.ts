/**
 * A professional's session in more than one tab. Ending a session clears every tab (a session
 * leaves nothing on the office laptop), so a second tab, which starts empty, must know when
 * another tab holds a household: otherwise "End session" there looks harmless and wipes the
 * first tab's plans. Each session tab says how many plans with work it holds (and its record),
 * when it starts (asking the others to say theirs), whenever that number changes, and 0 as it
 * goes. Its own channel, apart from the workspace's: these messages concern sessions alone.
 */

import { broadcastChannel, type Channel } from "./tabs";

export const SESSION_TABS_CHANNEL = "app-session-tabs";

export type SessionMessage = { type: "ask" } | { type: "work"; from: string; count: number };

/** A channel to the other session tabs (the browser's, or a memory hub in tests). */
export type Port = Channel<SessionMessage>;

export interface SessionTabs {
  /** How many plans (a record counts as one) the other session tabs hold. */
  others(): number;
  subscribe(listener: (others: number) => void): () => void;
  /** This tab now holds this many. */
  tell(count: number): void;
  /** This tab is going: it holds nothing any more. */
  dispose(): void;
}

/** Messages come from our own origin, but are checked anyway: a bad one is ignored. */
export function isSessionMessage(value: unknown): value is SessionMessage {
  if (typeof value !== "object" || value === null) return false;
  const m = value as Record<string, unknown>;
  if (m.type === "ask") return true;
  return m.type === "work" && typeof m.from === "string" && Number.isSafeInteger(m.count) && (m.count as number) >= 0;
}

export function createSessionTabs(port: Port | null, id = Math.random().toString(36).slice(2)): SessionTabs {
  const held = new Map<string, number>();
  const listeners = new Set<(others: number) => void>();
  let mine = 0;
  const others = () => [...held.values()].reduce((sum, n) => sum + n, 0);
  const stop = port?.listen((message) => {
    if (message.type === "ask") return port.post({ type: "work", from: id, count: mine });
    if (message.from === id) return;
    const before = others();
    if (message.count > 0) held.set(message.from, message.count);
    else held.delete(message.from);
    if (others() !== before) for (const l of listeners) l(others());
  });
  port?.post({ type: "ask" });
  return {
    others,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tell(count) {
      if (count === mine) return;
      mine = count;
      port?.post({ type: "work", from: id, count });
    },
    dispose() {
      port?.post({ type: "work", from: id, count: 0 });
      stop?.();
      port?.close();
      listeners.clear();
    },
  };
}

/** The browser's BroadcastChannel for session tabs, or null where there is none. */
export function browserSessionPort(name = SESSION_TABS_CHANNEL): Port | null {
  return broadcastChannel(name, isSessionMessage);
}
