/**
 * Bytes as decimal digits, so a QR code can hold them in numeric mode (3.33 bits a digit):
 * every 7 bytes (56 bits) become 17 digits (10^17 > 2^56), about 1.8% more than binary mode,
 * and phones' readers handle numeric mode everywhere, where raw binary is often mangled as text.
 */

const GROUP_BYTES = 7;
const GROUP_DIGITS = 17;
/** Digits for a last group of 1..6 bytes: each count has its own length, so the tail is known. */
const TAIL_DIGITS = [0, 3, 5, 8, 10, 13, 15] as const;

export function bytesToDigits(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += GROUP_BYTES) {
    const end = Math.min(i + GROUP_BYTES, bytes.length);
    let value = 0n;
    for (let j = i; j < end; j++) value = (value << 8n) | BigInt(bytes[j] ?? 0);
    const width = end - i === GROUP_BYTES ? GROUP_DIGITS : (TAIL_DIGITS[end - i] ?? 0);
    out += value.toString().padStart(width, "0");
  }
  return out;
}

/** The bytes again, or null for text that no call of bytesToDigits could have made. */
export function digitsToBytes(digits: string): Uint8Array | null {
  if (!/^[0-9]*$/.test(digits)) return null;
  const full = Math.floor(digits.length / GROUP_DIGITS);
  const tailDigits = digits.length - full * GROUP_DIGITS;
  const tailBytes = TAIL_DIGITS.indexOf(tailDigits as (typeof TAIL_DIGITS)[number]);
  if (tailBytes < 0) return null;
  const out = new Uint8Array(full * GROUP_BYTES + tailBytes);
  let at = 0;
  const take = (text: string, count: number): boolean => {
    let value = BigInt(text);
    if (value >> BigInt(count * 8) !== 0n) return false;
    for (let k = count - 1; k >= 0; k--) {
      out[at + k] = Number(value & 0xffn);
      value >>= 8n;
    }
    at += count;
    return true;
  };
  for (let g = 0; g < full; g++) {
    if (!take(digits.slice(g * GROUP_DIGITS, (g + 1) * GROUP_DIGITS), GROUP_BYTES)) return null;
  }
  if (tailBytes > 0 && !take(digits.slice(full * GROUP_DIGITS), tailBytes)) return null;
  return out;
}
