import { crc32 } from "../crc32";
import { digitsToBytes } from "./digits";
import {
  FRAME_VERSION,
  HEADER_BYTES,
  MAX_PIECE,
  MAX_WHOLE_BYTES,
  MIN_PIECE,
  mixFor,
  pieceCount,
  xorInto,
} from "./frames";

/** What one code read by the camera did. Never throws, whatever the code holds. */
export type Heard =
  /** Not a frame of ours (the page's address, another code): ignored. */
  | { kind: "ignored" }
  /** Looked like a frame but could not be one (damaged or made up): ignored, counted. */
  | { kind: "damaged" }
  /** A frame of a different hand-over than the one under way: started again with it. */
  | { kind: "restarted"; have: number; need: number }
  | { kind: "progress"; have: number; need: number; fresh: boolean }
  /** Every piece is in, but the whole does not match its check: the receiver starts over. */
  | { kind: "mismatch" }
  | { kind: "done"; bytes: Uint8Array };

interface Row {
  coeffs: Uint8Array;
  data: Uint8Array;
}

/**
 * Rebuilds the whole from frames in any order, with any missed: each frame is one equation
 * (a XOR of pieces), kept in echelon form by Gaussian elimination over GF(2). Once every piece
 * has its pivot, back substitution gives the pieces, and the CRC-32 checks the whole.
 */
export function createReceiver() {
  let id: { crc: number; length: number; piece: number; count: number } | null = null;
  /** rows[p]: an equation whose first piece is p. */
  let rows: Array<Row | undefined> = [];
  let have = 0;
  let seen = new Set<number>();

  const start = (crc: number, length: number, piece: number) => {
    id = { crc, length, piece, count: pieceCount(length, piece) };
    rows = new Array(id.count);
    have = 0;
    seen = new Set();
  };

  const finish = (): Heard => {
    if (!id) return { kind: "ignored" };
    const { count, piece, length, crc } = id;
    // Back substitution: from the last pivot up, clear every later piece from each row.
    for (let p = count - 1; p >= 0; p--) {
      const row = rows[p] as Row;
      for (let q = p + 1; q < count; q++) {
        if (row.coeffs[q]) {
          const other = (rows[q] as Row).data;
          xorInto(row.data, other);
          row.coeffs[q] = 0;
        }
      }
    }
    const whole = new Uint8Array(count * piece);
    for (let p = 0; p < count; p++) whole.set((rows[p] as Row).data, p * piece);
    const bytes = whole.slice(0, length);
    if (crc32(bytes) !== crc) {
      id = null;
      return { kind: "mismatch" };
    }
    return { kind: "done", bytes };
  };

  return {
    get progress() {
      return { have, need: id?.count ?? 0 };
    },
    hear(text: string): Heard {
      if (typeof text !== "string" || text.length < 32 || !/^[0-9]+$/.test(text)) return { kind: "ignored" };
      const frame = digitsToBytes(text);
      if (!frame || frame.length < HEADER_BYTES + MIN_PIECE) return { kind: "damaged" };
      const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
      if (view.getUint8(0) !== FRAME_VERSION) return { kind: "damaged" };
      const crc = view.getUint32(1);
      const length = view.getUint32(5);
      const seq = view.getUint32(9);
      const piece = frame.length - HEADER_BYTES;
      if (piece > MAX_PIECE || length === 0 || length > MAX_WHOLE_BYTES) return { kind: "damaged" };
      let restarted = false;
      if (!id || id.crc !== crc || id.length !== length || id.piece !== piece) {
        restarted = id !== null;
        start(crc, length, piece);
      }
      const current = id as NonNullable<typeof id>;
      const fresh = !seen.has(seq);
      seen.add(seq);
      if (fresh && have < current.count) {
        const coeffs = new Uint8Array(current.count);
        for (const p of mixFor(crc, seq, current.count)) coeffs[p] = 1;
        const data = frame.slice(HEADER_BYTES);
        // Reduce by the rows already held; what is left, if anything, is new.
        for (let p = 0; p < current.count; p++) {
          if (!coeffs[p]) continue;
          const row = rows[p];
          if (!row) {
            rows[p] = { coeffs, data };
            have++;
            break;
          }
          xorInto(coeffs, row.coeffs);
          xorInto(data, row.data);
        }
        if (have === current.count) return finish();
      }
      if (restarted) return { kind: "restarted", have, need: current.count };
      return { kind: "progress", have, need: current.count, fresh };
    },
  };
}

export type Receiver = ReturnType<typeof createReceiver>;
