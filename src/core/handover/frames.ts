import { crc32 } from "../crc32";
import { bytesToDigits } from "./digits";

/**
 * Frames for handing locked bytes to a phone as a sequence of QR codes (docs/handover.md).
 *
 * Each frame is 13 header bytes and one piece, written as digits:
 *   0      u8   frame format version (1)
 *   1..4   u32  CRC-32 of the whole
 *   5..8   u32  length of the whole in bytes
 *   9..12  u32  sequence number
 *   13..   the piece: pieceSize bytes (the last piece padded with zeros)
 * Sequence numbers below the piece count carry the pieces in order; every later one carries
 * the XOR of a mix of pieces chosen by a generator seeded from the CRC and the sequence number,
 * so the receiver knows the mix without it being sent. Any set of frames whose mixes span every
 * piece rebuilds the whole: in practice any N+1 or N+2 frames, whichever were missed.
 * The frames are the locked file and nothing more: no key is ever in them.
 */

export const FRAME_VERSION = 1;
export const HEADER_BYTES = 13;
/** The usual pace: version 16 codes, about 5 a second. */
export const NORMAL = { pieceBytes: 400, perSecond: 5 } as const;
/** For poor cameras: smaller codes (about version 10), 2 a second. */
export const SLOW = { pieceBytes: 200, perSecond: 2 } as const;
export type Pace = typeof NORMAL | typeof SLOW;
/** Pieces may be between these sizes; anything else is not one of our frames. */
export const MIN_PIECE = 16;
export const MAX_PIECE = 1024;
/** Beyond this a hand-over would take minutes: a locked file is the better way. */
export const MAX_WHOLE_BYTES = 256 * 1024;

export function pieceCount(length: number, pieceBytes: number): number {
  return Math.max(1, Math.ceil(length / pieceBytes));
}

/** A small, fast generator (mulberry32): the same seed gives the same mix on both sides. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return (r ^ (r >>> 14)) >>> 0;
  };
}

/** Which pieces a frame carries (XORed together). Never empty. */
export function mixFor(crc: number, seq: number, count: number): number[] {
  if (seq < count) return [seq];
  const next = generator(Math.imul(crc ^ 0x9e3779b9, 1) ^ Math.imul(seq, 0x85ebca6b));
  const picked: number[] = [];
  let bits = 0;
  let left = 0;
  for (let i = 0; i < count; i++) {
    if (left === 0) {
      bits = next();
      left = 32;
    }
    if (bits & 1) picked.push(i);
    bits >>>= 1;
    left--;
  }
  if (picked.length === 0) picked.push(seq % count);
  return picked;
}

/** target ^= source, byte by byte. */
export function xorInto(target: Uint8Array, source: Uint8Array): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] ?? 0) ^ (source[i] ?? 0);
}

export interface Sender {
  readonly count: number;
  /** The frame's text (digits) for a sequence number; numbers go on for ever. */
  frame(seq: number): string;
}

export function createSender(whole: Uint8Array, pieceBytes: number): Sender {
  if (whole.length === 0 || whole.length > MAX_WHOLE_BYTES) throw new RangeError("size");
  const crc = crc32(whole);
  const count = pieceCount(whole.length, pieceBytes);
  const padded = new Uint8Array(count * pieceBytes);
  padded.set(whole);
  return {
    count,
    frame(seq) {
      const out = new Uint8Array(HEADER_BYTES + pieceBytes);
      const view = new DataView(out.buffer);
      view.setUint8(0, FRAME_VERSION);
      view.setUint32(1, crc);
      view.setUint32(5, whole.length);
      view.setUint32(9, seq >>> 0);
      for (const p of mixFor(crc, seq >>> 0, count)) {
        const start = p * pieceBytes;
        xorInto(out.subarray(HEADER_BYTES), padded.subarray(start, start + pieceBytes));
      }
      return bytesToDigits(out);
    },
  };
}
