import encodeQR from "qr";

/** Error correction M (15%): screens glare and cameras blur. */
export const ECC = "medium" as const;

/** The quiet zone around a code, in modules: the standard's 4, so cameras find its edge. */
export const QUIET = 4;

/** A frame's QR modules (true is dark), quiet zone included. */
export function modules(text: string): boolean[][] {
  return encodeQR(text, "raw", { ecc: ECC, border: QUIET });
}

/** The modules as a grey image (one byte a pixel, 0 dark, 255 light). */
export function toLuma(grid: boolean[][], scale: number): { width: number; data: Uint8Array } {
  const width = grid.length * scale;
  const data = new Uint8Array(width * width).fill(255);
  grid.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++) {
        const at = (y * scale + dy) * width + x * scale;
        data.fill(0, at, at + scale);
      }
    });
  });
  return { width, data };
}
