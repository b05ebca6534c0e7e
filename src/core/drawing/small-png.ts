import { crc32 } from "../crc32";
/**
 * The child's drawing as a small PNG. The canvas only ever holds white paper and a few pen
 * colours, so each pixel is snapped to that palette and written as an indexed-colour PNG
 * (4 bits a pixel): a few KB instead of the browser's full-colour PNG (tens of KB). Every KB
 * counts when a plan is carried to a phone as a sequence of QR codes (issue 22).
 * Plain TypeScript over the platform's CompressionStream("deflate"), which gives the zlib
 * stream PNG's IDAT needs; no library.
 */

export type Rgb = readonly [number, number, number];

/** "#1d5fbf" → [29, 95, 191]. */
export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.replace("#", ""), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * The palette index for each pixel. An anti-aliased edge pixel is a blend of two palette
 * colours (a pen and the paper, or two pens): find the blend it lies nearest to, then take
 * the nearer end. Plain "nearest colour" would turn the grey edge of a black line blue.
 */
export function toIndices(rgba: ArrayLike<number>, palette: readonly Rgb[]): Uint8Array {
  const count = Math.floor(rgba.length / 4);
  const out = new Uint8Array(count);
  const seen = new Map<number, number>();
  for (let p = 0; p < count; p++) {
    const r = rgba[p * 4] ?? 0;
    const g = rgba[p * 4 + 1] ?? 0;
    const b = rgba[p * 4 + 2] ?? 0;
    const key = (r << 16) | (g << 8) | b;
    let index = seen.get(key);
    if (index === undefined) {
      index = snap([r, g, b], palette);
      seen.set(key, index);
    }
    out[p] = index;
  }
  return out;
}

function snap(px: Rgb, palette: readonly Rgb[]): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  const consider = (i: number, j: number) => {
    const a = palette[i] as Rgb;
    const b = palette[j] as Rgb;
    const ab: Rgb = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
    const ap: Rgb = [px[0] - a[0], px[1] - a[1], px[2] - a[2]];
    const len = ab[0] ** 2 + ab[1] ** 2 + ab[2] ** 2;
    const t = len === 0 ? 0 : Math.min(1, Math.max(0, (ap[0] * ab[0] + ap[1] * ab[1] + ap[2] * ab[2]) / len));
    const d = (ap[0] - t * ab[0]) ** 2 + (ap[1] - t * ab[1]) ** 2 + (ap[2] - t * ab[2]) ** 2;
    if (d < bestDistance) {
      bestDistance = d;
      best = t < 0.5 ? i : j;
    }
  };
  for (let i = 0; i < palette.length; i++) {
    consider(i, i);
    for (let j = i + 1; j < palette.length; j++) consider(i, j);
  }
  return best;
}

/** PNG's image rows for palette indices: a filter byte (0, none) then the packed pixels. */
export function packRows(indices: Uint8Array, width: number, height: number, bitDepth: 4 | 8): Uint8Array {
  const rowBytes = bitDepth === 4 ? Math.ceil(width / 2) : width;
  const out = new Uint8Array(height * (rowBytes + 1));
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1) + 1;
    for (let x = 0; x < width; x++) {
      const v = indices[y * width + x] ?? 0;
      if (bitDepth === 8) out[row + x] = v;
      // Two pixels a byte, the left one in the high half.
      else out[row + (x >> 1)] = (out[row + (x >> 1)] ?? 0) | (x % 2 === 0 ? v << 4 : v);
    }
  }
  return out;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  // The CRC covers the type and the data, not the length.
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

export async function zlib(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

/** The whole PNG file, from RGBA pixels (a canvas's ImageData) and the drawing's palette. */
export async function encodeSmallPng(
  image: { data: ArrayLike<number>; width: number; height: number },
  palette: readonly Rgb[],
): Promise<Uint8Array> {
  if (palette.length === 0 || palette.length > 256) throw new RangeError("A palette has 1 to 256 colours.");
  const { width, height } = image;
  const bitDepth = palette.length <= 16 ? 4 : 8;
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([bitDepth, 3, 0, 0, 0], 8); // colour type 3 (indexed), deflate, filter method 0, no interlace
  const plte = new Uint8Array(palette.flatMap((c) => [c[0], c[1], c[2]]));
  const idat = await zlib(packRows(toIndices(image.data, palette), width, height, bitDepth));
  const parts = [
    new Uint8Array(SIGNATURE),
    chunk("IHDR", header),
    chunk("PLTE", plte),
    chunk("IDAT", idat),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function pngDataUrl(png: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < png.length; i += 0x8000) binary += String.fromCharCode(...png.subarray(i, i + 0x8000));
  return `data:image/png;base64,${btoa(binary)}`;
}
