import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { findRevealing } from "../../src/core/print/revealing";
import { type PdfText, pdfReadings, printoutsReady, savePdf } from "./plan-helpers";

/**
 * Stands in for the browser's print dialog: the Print buttons call window.print(), which in
 * headless Chromium starts a print of its own and makes page.pdf() fail with "already being
 * printed". The stub counts the calls instead; page.pdf() still fires beforeprint and afterprint.
 */
export async function stubPrintDialog(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { printCalls: number };
    w.printCalls = 0;
    window.print = () => {
      w.printCalls += 1;
    };
  });
}

export const printCalls = (page: Page) => page.evaluate(() => (window as unknown as { printCalls: number }).printCalls);

export interface Printout extends PdfText {
  /** Text of each page, in order. */
  pageTexts: string[];
  pages: number;
  title: string;
  size: string;
  path: string;
}

/**
 * Prints the page to PDF as Chromium would, on A4 or Letter, and reads it back with poppler.
 * Unless `asNow`, it first waits for the printouts to be on the page (printoutsReady).
 */
export async function printAs(page: Page, format: "A4" | "Letter" = "A4", asNow = false): Promise<Printout> {
  if (!asNow) await printoutsReady(page);
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format, preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: "screen" });
  const path = savePdf(pdf);
  const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  const pageReadings = Array.from({ length: pages }, (_, i) => pdfReadings(path, i + 1));
  const pageTexts = pageReadings.map((p) => p.text);
  return {
    text: pageTexts.join("\n"),
    stream: pageReadings.map((p) => p.stream).join("\n"),
    pageTexts,
    pages,
    title: /Title:\s+(.*)/.exec(info)?.[1]?.trim() ?? "",
    size: /Page size:\s+(.*)/.exec(info)?.[1]?.trim() ?? "",
    path,
  };
}

/** Revealing words in a printout, with the page they are on. */
export function revealing(printout: Printout, extra: readonly string[] = []): string[] {
  return printout.pageTexts.flatMap((text, i) =>
    findRevealing(text, extra).map((word) => `"${word}" on page ${i + 1}`),
  );
}

/** Pages with nothing printed on them. */
export const emptyPages = (printout: Printout) =>
  printout.pageTexts.flatMap((text, i) => (text.trim() === "" ? [i + 1] : []));
