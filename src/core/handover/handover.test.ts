import { describe, expect, it } from "vitest";
import { crc32 } from "../crc32";
import { bytesToDigits, digitsToBytes } from "./digits";
import { createSender, HEADER_BYTES, MAX_WHOLE_BYTES, NORMAL, SLOW } from "./frames";
import { createReceiver, type Heard } from "./receiver";

/** A seeded generator for the tests' own choices, so a failure repeats. */
function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function randomBytes(length: number, seed: number): Uint8Array {
  const next = seeded(seed);
  return Uint8Array.from({ length }, () => Math.floor(next() * 256));
}

/** Plays frames into a receiver until it finishes; returns the result and how many it took. */
function play(frames: Iterable<string>) {
  const receiver = createReceiver();
  let heard: Heard = { kind: "ignored" };
  let used = 0;
  for (const frame of frames) {
    used++;
    heard = receiver.hear(frame);
    if (heard.kind === "done" || heard.kind === "mismatch") break;
  }
  return { heard, used };
}

describe("bytes as digits", () => {
  it("round-trips every length and value, and refuses text it could not have made", () => {
    for (let length = 0; length < 40; length++) {
      const bytes = randomBytes(length, length + 1);
      const digits = bytesToDigits(bytes);
      expect(digits).toMatch(/^[0-9]*$/);
      expect(digitsToBytes(digits)).toEqual(bytes);
    }
    expect(digitsToBytes(bytesToDigits(new Uint8Array(7).fill(255)))).toEqual(new Uint8Array(7).fill(255));
    expect(digitsToBytes("12a")).toBeNull();
    expect(digitsToBytes("1234")).toBeNull(); // no byte count gives 4 digits
    expect(digitsToBytes("999")).toBeNull(); // 999 is more than one byte holds
    expect(digitsToBytes("99999999999999999")).toBeNull(); // more than 7 bytes hold
  });

  it("costs under 2% more than the bytes themselves in QR numeric mode", () => {
    const digits = bytesToDigits(new Uint8Array(413));
    expect((digits.length * 10) / 3 / (413 * 8)).toBeLessThan(1.02);
  });
});

describe("CRC-32", () => {
  it("gives the standard check value", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});

describe("frames and recovery", () => {
  const whole = randomBytes(10_646, 7); // a household with a small drawing, locked

  it("rebuilds the whole from the frames in order", () => {
    const sender = createSender(whole, NORMAL.pieceBytes);
    expect(sender.count).toBe(27);
    const { heard, used } = play(Array.from({ length: sender.count }, (_, i) => sender.frame(i)));
    expect(heard).toEqual({ kind: "done", bytes: whole });
    expect(used).toBe(27);
  });

  it("rebuilds it with frames dropped and shuffled, within a few frames more than the pieces", () => {
    for (const pace of [NORMAL, SLOW]) {
      const sender = createSender(whole, pace.pieceBytes);
      const extra: number[] = [];
      for (let seed = 1; seed <= 40; seed++) {
        const next = seeded(seed);
        // What a camera sees: about 30% of 6 rounds lost, and in shuffled order.
        const frames = Array.from({ length: sender.count * 6 }, (_, i) => i)
          .filter(() => next() > 0.3)
          .sort(() => next() - 0.5)
          .map((seq) => sender.frame(seq));
        const { heard, used } = play(frames);
        expect(heard, `seed ${seed}`).toEqual({ kind: "done", bytes: whole });
        extra.push(used - sender.count);
      }
      // "Any N+1 or N+2 frames": the typical cost of a missed frame is a frame or two.
      const sorted = extra.sort((a, b) => a - b);
      expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThanOrEqual(2);
    }
  });

  it("rebuilds it from mixed frames alone, when the camera starts late", () => {
    const sender = createSender(whole, NORMAL.pieceBytes);
    const frames = Array.from({ length: 200 }, (_, i) => sender.frame(sender.count + 1000 + i));
    const { heard, used } = play(frames);
    expect(heard.kind).toBe("done");
    expect(used).toBeLessThan(sender.count + 10);
  });

  it("counts a frame seen twice once", () => {
    const sender = createSender(whole, NORMAL.pieceBytes);
    const receiver = createReceiver();
    receiver.hear(sender.frame(0));
    expect(receiver.hear(sender.frame(0))).toEqual({ kind: "progress", have: 1, need: 27, fresh: false });
  });

  it("starts again when a different hand-over's frames arrive", () => {
    const receiver = createReceiver();
    receiver.hear(createSender(whole, NORMAL.pieceBytes).frame(0));
    const other = createSender(randomBytes(900, 3), NORMAL.pieceBytes);
    expect(receiver.hear(other.frame(1))).toEqual({ kind: "restarted", have: 1, need: 3 });
    const rest = play([0, 1, 2].map((i) => other.frame(i)));
    expect(rest.heard.kind).toBe("done");
  });

  it("ignores codes that are not frames, and answers damaged or made-up ones without throwing", () => {
    const receiver = createReceiver();
    const sender = createSender(whole, NORMAL.pieceBytes);
    const good = sender.frame(3);
    const hostile = [
      "https://example.org/receive/",
      "",
      "0".repeat(10),
      `${good.slice(0, -1)}x`,
      good.slice(0, 100),
      "9".repeat(good.length),
      // a frame claiming a whole far too large, or of no length, or a later format
      bytesToDigits(Uint8Array.from([1, 0, 0, 0, 0, 0x7f, 0xff, 0xff, 0xff, 0, 0, 0, 0, ...new Uint8Array(400)])),
      bytesToDigits(Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, ...new Uint8Array(400)])),
      bytesToDigits(Uint8Array.from([9, ...new Uint8Array(412)])),
      bytesToDigits(new Uint8Array(HEADER_BYTES + 5000)),
    ];
    for (const text of hostile) {
      const heard = receiver.hear(text);
      expect(["ignored", "damaged"], text.slice(0, 40)).toContain(heard.kind);
    }
    expect(receiver.progress).toEqual({ have: 0, need: 0 });
  });

  it("says when the rebuilt whole does not match its check, and can start over", () => {
    const sender = createSender(whole, NORMAL.pieceBytes);
    const frames = Array.from({ length: sender.count }, (_, i) => sender.frame(i));
    // One piece changed in a way the QR code's own correction missed: the CRC finds it.
    const bytes = digitsToBytes(frames[5] ?? "") as Uint8Array;
    bytes[HEADER_BYTES + 10] = (bytes[HEADER_BYTES + 10] ?? 0) ^ 1;
    frames[5] = bytesToDigits(bytes);
    expect(play(frames).heard).toEqual({ kind: "mismatch" });
    const again = play(Array.from({ length: sender.count }, (_, i) => sender.frame(i)));
    expect(again.heard.kind).toBe("done");
  });

  it("refuses to send nothing, or more than a hand-over can carry in reasonable time", () => {
    expect(() => createSender(new Uint8Array(0), 400)).toThrow(RangeError);
    expect(() => createSender(new Uint8Array(MAX_WHOLE_BYTES + 1), 400)).toThrow(RangeError);
  });
});
