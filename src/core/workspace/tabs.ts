import { isTabMessage, TAB_CHANNEL, type TabMessage } from "../signals";

/** How a tab talks to the site's other tabs, in messages of one kind. */
export interface Channel<M> {
  post(message: M): void;
  listen(listener: (message: M) => void): () => void;
  close(): void;
}

/** How a workspace talks to the site's other tabs. */
export type TabChannel = Channel<TabMessage>;

/**
 * A BroadcastChannel of the site's, or null where the browser has none. Messages stay inside
 * this browser and this origin; one that `accept` refuses (malformed) is ignored.
 */
export function broadcastChannel<M>(name: string, accept: (value: unknown) => value is M): Channel<M> | null {
  let channel: BroadcastChannel;
  try {
    if (typeof BroadcastChannel === "undefined") return null;
    channel = new BroadcastChannel(name);
  } catch {
    return null;
  }
  return {
    post(message) {
      try {
        channel.postMessage(message);
      } catch {
        /* closed: nothing to tell */
      }
    },
    listen(listener) {
      const onMessage = (e: MessageEvent) => {
        if (accept(e.data)) listener(e.data);
      };
      channel.addEventListener("message", onMessage);
      return () => channel.removeEventListener("message", onMessage);
    },
    close: () => channel.close(),
  };
}

/** The workspace's channel (the tab protocol, docs/architecture.md). */
export function browserTabChannel(name = TAB_CHANNEL): TabChannel | null {
  return broadcastChannel(name, isTabMessage);
}

/** Tabs in one test: each channel hears the others' messages, later, as BroadcastChannel does. */
export function memoryTabHub<M = TabMessage>(): { channel(): Channel<M> } {
  const members = new Set<Set<(m: M) => void>>();
  return {
    channel() {
      const listeners = new Set<(m: M) => void>();
      members.add(listeners);
      return {
        post(message) {
          for (const other of members)
            if (other !== listeners) for (const l of other) setTimeout(() => l(structuredClone(message)), 0);
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
