// @ts-check
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/**
 * Chromium's explicit compile hint: a file that begins with this comment has all its functions
 * compiled on the thread that streams it in, while the page is still being parsed and laid out.
 * Without it, V8 compiles each function on the main thread the first time it is called, and
 * hydration calls most of a first screen's code at once: on the child's plan at CPU 4× that was
 * about 40 ms of the main thread between the first paint and a usable page. Other browsers read
 * it as a comment. docs/benchmarks.md, 2026-12-07 (fourth), has the measures.
 */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/**
 * Smaller files compile in a moment on the main thread anyway, and the comment costs about
 * 30 B gzipped in each file: only a first screen's larger files carry it.
 */
export const HINT_MIN_BYTES = 2048;

/**
 * The file's code with the hint at its very start (where Chromium looks for it), once.
 * @param {string} code
 */
export function withCompileHint(code) {
  return code.startsWith(COMPILE_HINT) ? code : COMPILE_HINT + code;
}

/**
 * Gives the hint to each file a page loads as it starts (`urls`, as the pages write them:
 * "/_astro/x.js") that is at least HINT_MIN_BYTES long. What loads later, through import(),
 * is never among them: compiling it all early would cost the thread for code not yet wanted.
 * A file keeps the name its code gave it: only the comment is added, so a copy cached with or
 * without it runs the same.
 * @param {string} out the built site's folder
 * @param {Iterable<string>} urls
 * @returns {Promise<number>} how many files were given the hint
 */
export async function hintFirstScreenFiles(out, urls) {
  let hinted = 0;
  for (const url of new Set(urls)) {
    const file = join(out, url);
    const code = await readFile(file, "utf8");
    if (Buffer.byteLength(code) < HINT_MIN_BYTES || code.startsWith(COMPILE_HINT)) continue;
    await writeFile(file, withCompileHint(code));
    hinted++;
  }
  return hinted;
}
