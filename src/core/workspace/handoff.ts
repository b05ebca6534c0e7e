import { splitLangPath } from "../i18n/languages";
import type { Bundle } from "../plans/schema";
import { isEmptyRecord } from "../record/empty";
import { LANGUAGE_MARK } from "../signals";
import type { DeviceState } from "./controller";
import { hasWork } from "./merge";

/**
 * Switching language in the middle of a plan. A language link loads the same page in another
 * language, which would clear what is held only in memory. So the plans are handed over:
 * encrypted with a fresh random AES-GCM key, the ciphertext kept in sessionStorage (this tab
 * only) under a neutral name, the key in the new address's fragment (never sent to a server).
 * The new page takes both, deletes the stored copy and the fragment at once, and decrypts.
 * Neither half alone reads anything; the quick exit clears sessionStorage; nothing is stored
 * unless a language link was followed, and only until the next page has started.
 */

/** The sessionStorage entry: neutral, like every name the site stores under. */
export const HANDOFF_KEY = "app-carry";
/** The fragment: "#carry-<key>", the key as base64url. */
const FRAGMENT = /^#carry-([A-Za-z0-9_-]{43})$/;
/** Sealing (on a language link) and opening (on arrival): handoff-seal.ts, loaded when used. */

export interface HandOff {
  bundle: unknown;
  /** The plan that was on screen, to open it again. */
  planId?: string;
  /**
   * When a professional's session began (ms since 1970): the page in the other language keeps
   * counting its minutes from there, not from the switch.
   */
  startedAt?: number;
}

/** A session's start carried over, if it is a time that has passed (a day at most): else none. */
export function carriedStart(value: unknown, now: number): number | undefined {
  const DAY = 24 * 60 * 60_000;
  return typeof value === "number" && Number.isFinite(value) && value <= now && value > now - DAY ? value : undefined;
}

/** The query without the language links' mark (signals.ts), which only says where a visit came from. */
function queryOf(url: URL): string {
  const params = new URLSearchParams(url.search);
  params.delete(LANGUAGE_MARK);
  return params.toString();
}

/** The same page in another language: a language link (its twin), not a move elsewhere. */
export function isLanguageTwin(from: URL, to: URL): boolean {
  if (from.origin !== to.origin || queryOf(from) !== queryOf(to)) return false;
  const a = splitLangPath(from.pathname);
  const b = splitLangPath(to.pathname);
  return a.lang !== b.lang && a.path === b.path;
}

/**
 * What must come along: nothing when every plan is saved on the device (the new page finds the
 * saved plan and asks to unlock it again); the changes that could not be saved when saving is
 * on but stale or failing; otherwise the whole bundle, as long as any plan has answers or a
 * session's worker's record has words.
 */
export function plansToCarry(device: DeviceState, unsaved: Bundle["plans"], bundle: Bundle): Bundle | null {
  if (device === "saving") return unsaved.length > 0 ? { ...bundle, plans: [...unsaved] } : null;
  return bundle.plans.some(hasWork) || !isEmptyRecord(bundle.record) ? bundle : null;
}

export type Storage = Pick<globalThis.Storage, "getItem" | "setItem" | "removeItem">;

/**
 * On arrival: takes the stored copy and the key out at once (both, whatever happens next),
 * and returns the fragment-free address to show and the decrypted plans, or null when nothing
 * was handed over or it does not open.
 */
export function takeHandOff(
  location: URL,
  storage: Storage,
  subtle = crypto.subtle,
): { cleanUrl: string | null; handOff: Promise<HandOff | null> } {
  const stored = storage.getItem(HANDOFF_KEY);
  storage.removeItem(HANDOFF_KEY);
  const match = FRAGMENT.exec(location.hash);
  if (!match) return { cleanUrl: null, handOff: Promise.resolve(null) };
  const clean = new URL(location.href);
  clean.hash = "";
  const cleanUrl = clean.href.replace(/#$/, "");
  if (!stored || !match[1]) return { cleanUrl, handOff: Promise.resolve(null) };
  const key = match[1];
  // Both halves are out already; the code that opens them loads now, as it is needed.
  return {
    cleanUrl,
    handOff: import("./handoff-seal").then(
      (m) => m.openHandOff(stored, key, subtle),
      () => null,
    ),
  };
}
