/**
 * The names the site's scripts use to talk to each other, declared once. The quick exit's
 * inline script, the islands and the tests all import them from here.
 */

/**
 * Dispatched on window by the quick exit once the page is hidden and leaving (after the frame
 * that hides it): drop everything held in memory.
 */
export const QUICK_EXIT_EVENT = "quickexit";

/**
 * Dispatched on window (cancelable) before the site follows one of its own links. A workspace
 * cancels it to move between plans in the page, or to ask first when the move would clear
 * unsaved answers. The quick exit never goes through it.
 */
export const NAVIGATE_EVENT = "site:navigate";
export interface NavigateDetail {
  /** The full address the link points to. */
  url: string;
  /** The link's own words ("Home"), to say where it goes. */
  label?: string;
}

/**
 * Added to the address when someone follows a link to another language (quick-exit.inline.js),
 * so the first page they see in that language explains the quick exit in it. The page removes
 * it from the address at once; nothing is stored.
 */
export const LANGUAGE_MARK = "lang";

/**
 * Set on the root element when the page is hidden to leave (the quick exit, which sets it before
 * its location.replace, or going into the back/forward cache). That replace fires beforeunload
 * before the islands have heard the exit, so a session's prompt reads this mark to stay quiet.
 */
export const LEAVING_MARK = "data-qe-hidden";

/**
 * Set on the root element once Read aloud has spoken on the page. The quick exit stops speech
 * only then: the first touch of speechSynthesis starts the browser's speech service, which can
 * take 20 ms, and the page must be hidden before that.
 */
export const SPEECH_MARK = "data-spoken";

/**
 * Dispatched on window after a page changes its own address without loading (a workspace moving
 * between plans calls history.replaceState). The page's links to its twins in other languages
 * (in the header and in <head>) follow, so they open the plan now shown (quick-exit.inline.js).
 */
export const ADDRESS_EVENT = "site:address";
export interface AddressDetail {
  /** The page's new full address. */
  url: string;
}

/** One BroadcastChannel between the site's tabs. The name is neutral, like everything stored. */
export const TAB_CHANNEL = "app-tabs";

/**
 * What one tab tells the others:
 * - exit: the quick exit was used; every tab hides and leaves.
 * - lock: Lock now or the idle lock; every tab saves what it can and locks.
 * - deleted: everything saved on this device was deleted; every tab clears.
 * - session-ended: a professional ended the session; every tab clears.
 * - saved: the locked record now has this revision (a newer plan exists).
 * - active: someone is using this tab; the idle lock counts use of any tab.
 */
export type TabMessage =
  | { type: "exit" }
  | { type: "lock" }
  | { type: "deleted" }
  | { type: "session-ended" }
  | { type: "saved"; revision: number; from: string }
  | { type: "active" };

const TYPES = new Set(["exit", "lock", "deleted", "session-ended", "saved", "active"]);

/** Messages come from our own origin, but are checked anyway: a bad one is ignored. */
export function isTabMessage(value: unknown): value is TabMessage {
  if (typeof value !== "object" || value === null) return false;
  const type = (value as { type?: unknown }).type;
  if (typeof type !== "string" || !TYPES.has(type)) return false;
  if (type !== "saved") return true;
  const { revision, from } = value as { revision?: unknown; from?: unknown };
  return Number.isSafeInteger(revision) && typeof from === "string";
}
