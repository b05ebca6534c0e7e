import { describe, expect, it } from "vitest";
import { crc32 } from "../crc32";
import { encodeSmallPng, hexToRgb, pngDataUrl, type Rgb, toIndices, zlib } from "./small-png";

const PALETTE: Rgb[] = ["#ffffff", "#1a1c1e", "#1d5fbf", "#c0262d", "#1f7a3a", "#d9700b"].map(hexToRgb);
const W = 480;
const H = 360;

/** A child's drawing: round 6 px lines in several colours on white, with soft (anti-aliased) edges. */
function drawing(): Uint8ClampedArray {
  const px = new Uint8ClampedArray(W * H * 4).fill(255);
  const strokes: Array<{ c: Rgb; pts: Array<[number, number]> }> = [
    {
      c: PALETTE[1] as Rgb,
      pts: [
        [240, 60],
        [200, 70],
        [190, 110],
        [215, 140],
        [255, 140],
        [280, 110],
        [275, 70],
        [240, 60],
      ],
    },
    {
      c: PALETTE[1] as Rgb,
      pts: [
        [235, 140],
        [235, 260],
        [200, 330],
      ],
    },
    {
      c: PALETTE[1] as Rgb,
      pts: [
        [235, 260],
        [270, 330],
      ],
    },
    {
      c: PALETTE[2] as Rgb,
      pts: [
        [180, 180],
        [235, 170],
        [290, 180],
      ],
    },
    {
      c: PALETTE[3] as Rgb,
      pts: [
        [222, 120],
        [235, 126],
        [250, 120],
      ],
    },
    {
      c: PALETTE[4] as Rgb,
      pts: [
        [0, 345],
        [120, 335],
        [240, 348],
        [360, 335],
        [480, 345],
      ],
    },
    {
      c: PALETTE[5] as Rgb,
      pts: [
        [400, 60],
        [430, 40],
        [455, 70],
        [430, 95],
        [400, 60],
      ],
    },
  ];
  for (const s of strokes) {
    for (let i = 1; i < s.pts.length; i++)
      line(px, s.pts[i - 1] as [number, number], s.pts[i] as [number, number], s.c);
  }
  return px;
}

function line(px: Uint8ClampedArray, a: [number, number], b: [number, number], c: Rgb) {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const len = dx * dx + dy * dy;
  for (let y = Math.max(0, Math.min(a[1], b[1]) - 5); y < Math.min(H, Math.max(a[1], b[1]) + 5); y++) {
    for (let x = Math.max(0, Math.min(a[0], b[0]) - 5); x < Math.min(W, Math.max(a[0], b[0]) + 5); x++) {
      const t = Math.max(0, Math.min(1, ((x + 0.5 - a[0]) * dx + (y + 0.5 - a[1]) * dy) / len));
      const d = Math.hypot(x + 0.5 - a[0] - t * dx, y + 0.5 - a[1] - t * dy);
      const cover = Math.max(0, Math.min(1, 3.5 - d)); // radius 3, a pixel of soft edge
      const i = (y * W + x) * 4;
      for (let k = 0; k < 3; k++)
        px[i + k] = Math.round((px[i + k] as number) * (1 - cover) + (c[k] as number) * cover);
    }
  }
}

/** A strict little PNG reader: checks the signature and every CRC, then unpacks the pixels. */
async function decode(png: Uint8Array) {
  expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Array<{ type: string; data: Uint8Array }> = [];
  for (let at = 8; at < png.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    expect(view.getUint32(at + 8 + length), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    chunks.push({ type, data });
    at += 12 + length;
  }
  expect(chunks.map((c) => c.type)).toEqual(["IHDR", "PLTE", "IDAT", "IEND"]);
  const [ihdr, plte, idat] = chunks.map((c) => c.data) as [Uint8Array, Uint8Array, Uint8Array];
  const hv = new DataView(ihdr.buffer, ihdr.byteOffset);
  const width = hv.getUint32(0);
  const height = hv.getUint32(4);
  const [bitDepth, colourType] = [ihdr[8], ihdr[9]];
  const inflated = new Blob([idat as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate"));
  const raw = new Uint8Array(await new Response(inflated).arrayBuffer());
  const rowBytes = Math.ceil((width * (bitDepth as number)) / 8);
  expect(raw.length).toBe(height * (rowBytes + 1));
  const indices = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    expect(raw[y * (rowBytes + 1)], "filter byte").toBe(0);
    for (let x = 0; x < width; x++) {
      const byte = raw[y * (rowBytes + 1) + 1 + (bitDepth === 4 ? x >> 1 : x)] as number;
      indices[y * width + x] = bitDepth === 8 ? byte : x % 2 === 0 ? byte >> 4 : byte & 15;
    }
  }
  return { width, height, bitDepth, colourType, palette: [...plte], indices };
}

/** The same pixels as a full-colour PNG (RGBA, unfiltered): what toDataURL gives, near enough. */
async function rgbaPngSize(px: Uint8ClampedArray): Promise<number> {
  const raw = new Uint8Array(H * (W * 4 + 1));
  for (let y = 0; y < H; y++) raw.set(px.subarray(y * W * 4, (y + 1) * W * 4), y * (W * 4 + 1) + 1);
  return 8 + 25 + 12 + (await zlib(raw)).length + 12;
}

describe("the drawing as a small PNG", () => {
  it("reads back as the same pixels, each snapped to the palette, with valid chunks", async () => {
    const px = drawing();
    const png = await encodeSmallPng({ data: px, width: W, height: H }, PALETTE);
    const back = await decode(png);
    expect(back).toMatchObject({ width: W, height: H, bitDepth: 4, colourType: 3 });
    expect(back.palette).toEqual(PALETTE.flat());
    expect(back.indices).toEqual(toIndices(px, PALETTE));
    // Every colour drawn is still there.
    expect(new Set(back.indices)).toEqual(new Set([0, 1, 2, 3, 4, 5]));
  });

  it("is far smaller than the full-colour PNG of the same drawing", async () => {
    const px = drawing();
    const small = await encodeSmallPng({ data: px, width: W, height: H }, PALETTE);
    const full = await rgbaPngSize(px);
    // Even against the RGBA pixels squeezed as hard as deflate can (the browser's own PNG is
    // several times larger again: see docs/benchmarks.md), the small PNG is under a third.
    expect(small.length).toBeLessThan(full / 3);
    expect(pngDataUrl(small).length).toBeLessThan(4_000);
  });

  it("keeps a soft grey edge of a black line black, not the nearest pen (blue)", () => {
    const grey = [140, 141, 142, 255];
    const lightGrey = [230, 230, 231, 255];
    const redOnBlue = [110, 65, 118, 255]; // half way from red to blue, where two lines cross
    expect([...toIndices([...grey, ...lightGrey, ...redOnBlue], PALETTE)]).toEqual([1, 0, 3]);
  });

  it("packs odd widths: the last pixel of a row sits in the high half of its byte", async () => {
    const px = new Uint8ClampedArray(3 * 2 * 4).fill(255);
    px.set([0x1a, 0x1c, 0x1e, 255], 2 * 4); // top right black
    px.set([0xc0, 0x26, 0x2d, 255], 3 * 4); // bottom left red
    const back = await decode(await encodeSmallPng({ data: px, width: 3, height: 2 }, PALETTE));
    expect([...back.indices]).toEqual([0, 0, 1, 3, 0, 0]);
  });

  it("writes 8 bits a pixel when the palette has more than 16 colours", async () => {
    const many: Rgb[] = Array.from({ length: 20 }, (_, i) => [i * 10, i * 10, i * 10]);
    const px = new Uint8ClampedArray([190, 190, 190, 255, 0, 0, 0, 255]);
    const back = await decode(await encodeSmallPng({ data: px, width: 2, height: 1 }, many));
    expect(back.bitDepth).toBe(8);
    expect([...back.indices]).toEqual([19, 0]);
  });

  it("computes PNG's CRC-32 (known values, so the reader above cannot share a mistake)", () => {
    const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
    expect(crc32(bytes("123456789"))).toBe(0xcbf43926);
    expect(crc32(bytes("IEND"))).toBe(0xae426082);
  });

  it("is a PNG data URL", async () => {
    const png = await encodeSmallPng({ data: new Uint8ClampedArray(4).fill(255), width: 1, height: 1 }, PALETTE);
    const url = pngDataUrl(png);
    expect(url.startsWith("data:image/png;base64,")).toBe(true);
    expect(Uint8Array.from(atob(url.slice(22)), (c) => c.charCodeAt(0))).toEqual(png);
  });
});
