import { carriedStart, HANDOFF_KEY, type HandOff, type Storage } from "./handoff";

/**
 * The language hand-over's sealing and opening (handoff.ts says how it works). Apart, so that
 * a plan page's first screen carries only the check for something handed over.
 */

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

/** Opens what takeHandOff took out: the stored copy, and the key from the address (base64url). */
export async function openHandOff(stored: string, keyText: string, subtle: SubtleCrypto): Promise<HandOff | null> {
  try {
    const keyBytes = fromBase64Url(keyText);
    const bytes = Uint8Array.from(atob(stored), (c) => c.charCodeAt(0));
    const key = await subtle.importKey("raw", keyBytes, { name: "AES-GCM" }, false, ["decrypt"]);
    const plain = await subtle.decrypt({ name: "AES-GCM", iv: bytes.subarray(0, 12) }, key, bytes.subarray(12));
    const value = JSON.parse(new TextDecoder().decode(plain)) as unknown;
    if (typeof value !== "object" || value === null || !("bundle" in value)) return null;
    const { planId, startedAt } = value as { planId?: unknown; startedAt?: unknown };
    const started = carriedStart(startedAt, Date.now());
    return {
      bundle: value.bundle,
      ...(typeof planId === "string" ? { planId } : {}),
      ...(started !== undefined ? { startedAt: started } : {}),
    };
  } catch {
    return null;
  }
}
