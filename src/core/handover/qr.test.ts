import decodeQR from "qr/decode.js";
import { describe, expect, it } from "vitest";
import { createSender, NORMAL, SLOW } from "./frames";
import { modules, QUIET, toLuma } from "./qr";
import { createReceiver } from "./receiver";

describe("frames as QR codes", () => {
  it("fit the sizes phones read from a screen (about version 16, and 10 in the slower mode)", () => {
    const whole = new Uint8Array(5000).map((_, i) => (i * 37) % 256);
    const side = (pieceBytes: number) => modules(createSender(whole, pieceBytes).frame(3)).length - 2 * QUIET;
    // Version v has 17 + 4v modules a side.
    expect((side(NORMAL.pieceBytes) - 17) / 4).toBeLessThanOrEqual(16);
    expect((side(SLOW.pieceBytes) - 17) / 4).toBeLessThanOrEqual(11);
  });

  it("are read back by the decoder the receiving page uses, and rebuild the whole", () => {
    const whole = new Uint8Array(1500).map((_, i) => (i * 91 + 7) % 256);
    const sender = createSender(whole, NORMAL.pieceBytes);
    const receiver = createReceiver();
    let last = receiver.hear("");
    for (let seq = 0; seq < sender.count; seq++) {
      const { width, data } = toLuma(modules(sender.frame(seq)), 3);
      const text = decodeQR({ width, height: width, data }, { format: "I420" });
      last = receiver.hear(text);
    }
    expect(last).toEqual({ kind: "done", bytes: whole });
  });
});
