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

export interface HandOff {
  bundle: unknown;
  /** The plan that was on screen, to open it again. */
  planId?: string;
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

type Storage = Pick<globalThis.Storage, "getItem" | "setItem" | "removeItem">;

const toBase64Url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
const fromBase64Url = (text: string): Uint8Array<ArrayBuffer> =>
  Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (c) => c.charCodeAt(0));
function toBase64(bytes: Uint8Array): string {
  let out = "";
  // In pieces: a drawing makes the bundle too big for one spread into fromCharCode.
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

/**
 * Encrypts the plans into sessionStorage and returns the address to go to, with the key in its
 * fragment. Throws when it cannot (storage full or blocked, no WebCrypto): the caller then asks
 * as it would before any other leave, so nothing is lost.
 */
export async function sealHandOff(
  handOff: HandOff,
  to: URL,
  storage: Storage,
  subtle = crypto.subtle,
): Promise<string> {
  const key = await subtle.generateKey({ name: "AES-GCM", length: 256 }, true, ["encrypt"]);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(handOff));
  const sealed = new Uint8Array(await subtle.encrypt({ name: "AES-GCM", iv }, key, plain));
  const raw = new Uint8Array(await subtle.exportKey("raw", key));
  const stored = new Uint8Array(iv.length + sealed.length);
  stored.set(iv);
  stored.set(sealed, iv.length);
  storage.setItem(HANDOFF_KEY, toBase64(stored));
  const url = new URL(to.href);
  url.hash = `carry-${toBase64Url(raw)}`;
  return url.href;
}

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
  const keyBytes = fromBase64Url(match[1]);
  return { cleanUrl, handOff: open(stored, keyBytes, subtle) };
}

async function open(stored: string, keyBytes: Uint8Array<ArrayBuffer>, subtle: SubtleCrypto): Promise<HandOff | null> {
  try {
    const bytes = Uint8Array.from(atob(stored), (c) => c.charCodeAt(0));
    const key = await subtle.importKey("raw", keyBytes, { name: "AES-GCM" }, false, ["decrypt"]);
    const plain = await subtle.decrypt({ name: "AES-GCM", iv: bytes.subarray(0, 12) }, key, bytes.subarray(12));
    const value = JSON.parse(new TextDecoder().decode(plain)) as unknown;
    if (typeof value !== "object" || value === null || !("bundle" in value)) return null;
    const planId = (value as { planId?: unknown }).planId;
    return { bundle: value.bundle, ...(typeof planId === "string" ? { planId } : {}) };
  } catch {
    return null;
  }
}
