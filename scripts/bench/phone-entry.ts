// Bundled by scripts/bench/phone.mjs and run in Chromium: a hand-over to a phone (core/handover)
// with the page's own pieces: the real locked household, codes drawn as the sender draws them,
// and read back with the decoder the receiving page uses, from a camera-sized picture.
import decodeQR from "qr/decode.js";
import { encrypt } from "../../src/core/crypto";
import { encodeSmallPng, hexToRgb, pngDataUrl } from "../../src/core/drawing/small-png";
import { createSender, NORMAL, type Pace, SLOW } from "../../src/core/handover/frames";
import { modules } from "../../src/core/handover/qr";
import { createReceiver } from "../../src/core/handover/receiver";
import { householdBundle } from "../../src/core/plans/fixtures";
import type { Bundle } from "../../src/core/plans/schema";

const PASS = "bench maple river lantern pebble";
const w = window as unknown as Record<string, unknown>;

const PENS = ["#1a1c1e", "#1d5fbf", "#c0262d", "#1f7a3a", "#d9700b"];

/** A child's "Me" drawing as DrawingField keeps it: a 480 × 360 canvas of strokes, as a small indexed PNG. */
async function drawing(): Promise<{ png: string; width: number; height: number }> {
  const canvas = document.createElement("canvas");
  canvas.width = 480;
  canvas.height = 360;
  const c = canvas.getContext("2d") as CanvasRenderingContext2D;
  c.fillStyle = "#fff";
  c.fillRect(0, 0, 480, 360);
  c.lineWidth = 6;
  c.lineCap = "round";
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
  for (const colour of PENS) {
    for (let s = 0; s < 6; s++) {
      c.strokeStyle = colour;
      c.beginPath();
      let x = next() * 480;
      let y = next() * 360;
      c.moveTo(x, y);
      for (let p = 0; p < 25; p++) {
        x = Math.min(479, Math.max(0, x + (next() - 0.5) * 40));
        y = Math.min(359, Math.max(0, y + (next() - 0.5) * 40));
        c.lineTo(x, y);
      }
      c.stroke();
    }
  }
  const small = await encodeSmallPng(c.getImageData(0, 0, 480, 360), ["#ffffff", ...PENS].map(hexToRgb));
  return { png: pngDataUrl(small), width: 480, height: 360 };
}

async function withDrawing(bundle: Bundle): Promise<Bundle> {
  const me = await drawing();
  const plans = bundle.plans.map((plan) =>
    plan.kind === "child" && plan.id === "fixture-child-1"
      ? { ...plan, answers: { ...plan.answers, "me-drawing": me } }
      : plan,
  );
  return { ...bundle, plans } as Bundle;
}

/** Frames a camera that misses `loss` of them needs before the whole is rebuilt. */
function framesNeeded(sender: ReturnType<typeof createSender>, loss: number, seed: number): number {
  const receiver = createReceiver();
  let s = seed;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  for (let shown = 1; ; shown++) {
    if (next() < loss) continue;
    if (receiver.hear(sender.frame(shown - 1)).kind === "done") return shown;
  }
}

/** Locked sizes, and the seconds each takes to move at a pace, over 21 cameras losing 30%. */
w.transfers = async () => {
  const out = [];
  for (const [name, bundle] of [
    ["a household (1 adult, 1 checklist, 1 young person, 2 children)", householdBundle()],
    ["the same with a child's drawing", await withDrawing(householdBundle())],
  ] as const) {
    const bytes = await encrypt(bundle, PASS);
    for (const [paceName, pace] of [
      ["usual", NORMAL],
      ["slower", SLOW],
    ] as Array<[string, Pace]>) {
      const sender = createSender(bytes, pace.pieceBytes);
      const seconds = Array.from({ length: 21 }, (_, i) => framesNeeded(sender, 0.3, i + 1) / pace.perSecond).sort(
        (a, b) => a - b,
      );
      out.push({ name, pace: paceName, bytes: bytes.length, pieces: sender.count, seconds, perSecond: pace.perSecond });
    }
  }
  return out;
};

/** How many codes a second the sender can make and draw (at its 5 pixels a module). */
w.framesPerSecond = async () => {
  const bytes = await encrypt(householdBundle(), PASS);
  const sender = createSender(bytes, NORMAL.pieceBytes);
  const canvas = document.createElement("canvas");
  const c = canvas.getContext("2d") as CanvasRenderingContext2D;
  const count = 60;
  const start = performance.now();
  for (let seq = 0; seq < count; seq++) {
    const grid = modules(sender.frame(seq));
    canvas.width = canvas.height = grid.length * 5;
    c.fillStyle = "#fff";
    c.fillRect(0, 0, canvas.width, canvas.height);
    c.fillStyle = "#000";
    grid.forEach((row, y) => {
      row.forEach((dark, x) => {
        if (dark) c.fillRect(x * 5, y * 5, 5, 5);
      });
    });
  }
  return count / ((performance.now() - start) / 1000);
};

/** Milliseconds to read one 960 × 540 camera frame holding a code, as the receiving page does. */
w.decodeMs = async () => {
  const bytes = await encrypt(householdBundle(), PASS);
  const grid = modules(createSender(bytes, NORMAL.pieceBytes).frame(1));
  const canvas = document.createElement("canvas");
  canvas.width = 960;
  canvas.height = 540;
  const c = canvas.getContext("2d") as CanvasRenderingContext2D;
  c.fillStyle = "#ddd";
  c.fillRect(0, 0, 960, 540);
  const scale = 5;
  const left = (960 - grid.length * scale) / 2;
  const top = (540 - grid.length * scale) / 2;
  c.fillStyle = "#fff";
  c.fillRect(left, top, grid.length * scale, grid.length * scale);
  c.fillStyle = "#000";
  grid.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) c.fillRect(left + x * scale, top + y * scale, scale, scale);
    });
  });
  const times = [];
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    decodeQR(c.getImageData(0, 0, 960, 540));
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[10];
};
