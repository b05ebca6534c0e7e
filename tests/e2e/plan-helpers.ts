import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { type Locator, type Page, test } from "@playwright/test";
import type { Field, Template } from "../../src/core/plans/template";
import { childTemplate } from "../../src/core/plans/templates";

/** The number of the child's plan's "Me" step, with the drawing. */
export const ME_STEP = childTemplate.sections.findIndex((s) => s.id === "me") + 1;

/** The child's plan, opened at its "Me" step: the drawing's canvas. */
export async function childDrawing(page: Page): Promise<Locator> {
  await page.goto("/plan/child/");
  await page.waitForSelector(".plan-editor[data-ready]");
  await page.getByRole("button", { name: new RegExp(`^Step ${ME_STEP}:`) }).click();
  return page.locator("canvas.drawing");
}

/** Opens every section of the plan on screen. */
export async function openAllSections(page: Page): Promise<void> {
  await page.waitForSelector(".plan-editor[data-ready]");
  const sections = page.locator("details.section");
  const count = await sections.count();
  for (let i = 0; i < count; i++) {
    const section = sections.nth(i);
    if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open)))
      await section.locator(":scope > summary").click();
  }
}

/** A value to type for a field, marked so it can be found in the printout. */
export const answerFor = (field: Field) => `Answer ${field.id}`;

/**
 * Fills every field of a template through the page, the way a person would: typing, choosing
 * and ticking. Returns the strings that should appear in the printout. `answer` gives the text
 * typed into text fields (by default it names the field).
 */
export async function fillEveryField(
  page: Page,
  template: Template,
  answer: (field: Field, index: number) => string = answerFor,
): Promise<string[]> {
  const idBase = `p-${template.kind}`;
  const expected: string[] = [];
  // Short values, numbered, so they never wrap inside a table cell of the printout.
  let n = 0;
  await openAllSections(page);
  for (const section of template.sections) {
    for (const field of section.fields) {
      const id = `#${idBase}-${field.id}`;
      switch (field.type) {
        case "shortText":
        case "longText": {
          const text = answer(field, expected.length);
          await page.locator(id).fill(text);
          expected.push(text);
          break;
        }
        case "date":
        case "reviewDate":
          await page.locator(id).fill("2027-02-03");
          expected.push("03/02/2027");
          break;
        case "yesNo":
          await page.locator(`input[name="${idBase}-${field.id}"][value="yes"]`).check();
          break;
        case "agree":
          await page.locator(id).check();
          break;
        case "people":
          n += 1;
          await page.locator(`${id}-0-0`).fill(`Person ${n}`);
          await page.locator(`${id}-0-1`).fill("07700 900123");
          await page.locator(`${id}-0-2`).fill(`Helps ${n}`);
          expected.push(`Person ${n}`, `Helps ${n}`);
          break;
        case "places":
          n += 1;
          await page.locator(`${id}-0-0`).fill(`Place ${n}`);
          await page.locator(`${id}-0-1`).fill(`Route ${n}`);
          expected.push(`Place ${n}`);
          break;
        case "choices":
          await page.locator(`${id}-${field.choices?.[0]?.id}`).check();
          break;
        case "checklist": {
          const first = field.items?.[0];
          if (!first) break;
          await page.locator(`${id}-${first.id}-status`).selectOption("with-someone");
          // Short, so it never wraps inside a table cell of the printout.
          const note = `Kept ${template.sections.indexOf(section)}`;
          await page.locator(`${id}-${first.id}-note`).fill(note);
          expected.push(note);
          break;
        }
        case "drawing":
          break;
      }
    }
  }
  return expected;
}

/** Whether text contains each string, ignoring how lines wrapped. */
export function containsLoosely(text: string, wanted: string): boolean {
  return text.replace(/\s+/g, "").includes(wanted.replace(/\s+/g, ""));
}

/** A printout's text read two ways (see pdfReadings). */
export interface PdfText {
  /** In reading order, as poppler lays out the page: what a person reads. */
  text: string;
  /** In the order Chromium drew it: each table cell whole, however its lines wrapped. */
  stream: string;
}

/**
 * The text of a PDF (or of pages `first`–`last`) in both readings. Where a table cell's answer
 * wraps depends on the fonts installed; poppler's reading order then interleaves the lines of
 * cells side by side ("javascript:alert(document.do <img src=x main)"), while the drawing order
 * keeps each cell whole.
 */
export function pdfReadings(path: string, first?: number, last?: number): PdfText {
  const range = first === undefined ? [] : ["-f", String(first), "-l", String(last ?? first)];
  const read = (...mode: string[]) => execFileSync("pdftotext", [...mode, ...range, path, "-"], { encoding: "utf8" });
  return { text: read(), stream: read("-raw") };
}

/**
 * Whether a printout holds `wanted`, whichever fonts the machine has: in either reading, ignoring
 * how lines wrapped. So `printed(…) === false` means it is in neither.
 */
export function printed(printout: PdfText, wanted: string): boolean {
  return containsLoosely(printout.text, wanted) || containsLoosely(printout.stream, wanted);
}

/**
 * Writes a printout where the test's other outputs go (Playwright empties that folder at each
 * run), not the system's temporary folder, where every run left hundreds of PDFs behind.
 */
export function savePdf(pdf: Buffer): string {
  const path = test.info().outputPath(`printout-${++printouts}.pdf`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, pdf);
  return path;
}
let printouts = 0;

/**
 * Waits until every printout on the page is on it. It comes with the page, so no key is pressed
 * first: printing from the browser's menu presses none.
 */
export async function printoutsReady(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll(".print-area")).every((area) => area.children.length > 0),
  );
}

/** Prints the page to PDF as Chromium would, and returns its text and raw bytes. */
export async function printToPdf(page: Page): Promise<PdfText & { raw: string; pages: number; path: string }> {
  await printoutsReady(page);
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: false });
  await page.emulateMedia({ media: "screen" });
  const path = savePdf(pdf);
  const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return { ...pdfReadings(path), raw: pdf.toString("latin1"), pages, path };
}
