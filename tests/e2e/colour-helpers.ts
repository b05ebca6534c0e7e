import { inflateSync } from "node:zlib";
import type { Locator, Page } from "@playwright/test";

type Rgb = [number, number, number];

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The colours as painted, read from a screenshot: `:visited` styles never show in
 * getComputedStyle (browsers hide them for privacy), but they do show on screen. The background
 * is the commonest colour; the text is the painted colour that stands out most from it (the
 * full-strength middle of a bold stroke, not its anti-aliased edge). `inset` trims the edges, so
 * rounded corners (the page behind) are left out.
 */
export async function paintedColours(
  page: Page,
  target: Locator,
  inset = 0,
): Promise<{ bg: Rgb; fg: Rgb; ratio: number }> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error("not on screen");
  const png = await page.screenshot({
    clip: { x: box.x + inset, y: box.y + inset, width: box.width - 2 * inset, height: box.height - 2 * inset },
    animations: "disabled",
    caret: "hide",
  });
  const pixels = decodePng(png);
  const counts = new Map<string, number>();
  const colours: Rgb[] = [];
  for (let i = 0; i < pixels.length; i += 4) {
    const rgb: Rgb = [pixels[i] ?? 0, pixels[i + 1] ?? 0, pixels[i + 2] ?? 0];
    colours.push(rgb);
    const key = rgb.join(",");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const bgKey = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "0,0,0";
  const bg = bgKey.split(",").map(Number) as Rgb;
  let fg = bg;
  for (const c of colours) if (contrast(c, bg) > contrast(fg, bg)) fg = c;
  return { bg, fg, ratio: contrast(fg, bg) };
}

/**
 * RGBA bytes of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium's screenshots are).
 */
export function decodePng(png: Buffer): Uint8Array {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, colourType, , , interlace] = [png[24], png[25], png[26], png[27], png[28]];
  if (depth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0)
    throw new Error(`unexpected PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
  const channels = colourType === 6 ? 4 : 3;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    if (type === "IDAT") idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)] ?? 0;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? (row[x - channels] ?? 0) : 0;
      const b = previous[x] ?? 0;
      const c = x >= channels ? (previous[x - channels] ?? 0) : 0;
      const value = line[x] ?? 0;
      let add = 0;
      if (filter === 1) add = a;
      else if (filter === 2) add = b;
      else if (filter === 3) add = (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
        add = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      row[x] = (value + add) & 0xff;
    }
    for (let x = 0; x < width; x++)
      for (let k = 0; k < 4; k++) out[(y * width + x) * 4 + k] = k < channels ? (row[x * channels + k] ?? 0) : 255;
    previous = row;
  }
  return out;
}
