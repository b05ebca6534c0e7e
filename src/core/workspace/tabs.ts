import { isTabMessage, TAB_CHANNEL, type TabMessage } from "../signals";

/** How a workspace talks to the site's other tabs. */
export interface TabChannel {
  post(message: TabMessage): void;
  listen(listener: (message: TabMessage) => void): () => void;
  close(): void;
}

/**
 * The site's BroadcastChannel, or null where the browser has none. Messages stay inside this
 * browser and this origin; a malformed one is ignored.
 */
export function browserTabChannel(name = TAB_CHANNEL): TabChannel | null {
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
        if (isTabMessage(e.data)) listener(e.data);
      };
      channel.addEventListener("message", onMessage);
      return () => channel.removeEventListener("message", onMessage);
    },
    close: () => channel.close(),
  };
}

/** Tabs in one test: each channel hears the others' messages, later, as BroadcastChannel does. */
export function memoryTabHub(): { channel(): TabChannel } {
  const members = new Set<Set<(m: TabMessage) => void>>();
  return {
    channel() {
      const listeners = new Set<(m: TabMessage) => void>();
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
