// @ts-check
/**
 * The end-to-end tests need Chromium and poppler's pdftotext and pdfinfo (the print tests
 * read the PDFs the site makes). Without them Playwright fails test by test with long stack
 * traces, so `npm test` checks first and stops at once with one line saying what to install.
 */

import { spawnSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { chromiumPath, headlessShellPath, isExecutable, testChromiumPath } from "./chromium.mjs";

/** @param {string} command */
function runs(command) {
  return spawnSync(command, ["-v"], { stdio: "ignore" }).error === undefined;
}

/**
 * One line naming what is missing and how to install it, or null when nothing is.
 * @param {{ chromium: boolean, pdftotext: boolean, chromiumPath: string }} found
 */
export function missingToolsMessage(found) {
  const missing = [];
  const packages = [];
  if (!found.chromium) {
    missing.push(`Chromium (looked for ${found.chromiumPath})`);
    packages.push("chromium");
  }
  if (!found.pdftotext) {
    missing.push("pdftotext and pdfinfo");
    packages.push("poppler-utils");
  }
  if (missing.length === 0) return null;
  const other = found.chromium ? "" : ", or set CHROMIUM_PATH to another Chromium";
  return `The end-to-end tests need ${missing.join(" and ")}: install with \`sudo apt-get install ${packages.join(" ")}\`${other}.`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const message = missingToolsMessage({
    chromium: isExecutable(chromiumPath),
    pdftotext: runs("pdftotext") && runs("pdfinfo"),
    chromiumPath,
  });
  if (message) {
    console.error(message);
    process.exit(1);
  }
  // Not needed, only quicker (scripts/chromium.mjs): say so once, where it would help.
  if (testChromiumPath === chromiumPath && !process.env.CHROMIUM_PATH)
    console.log(
      `The browser tests run in Chromium itself: \`sudo apt-get install chromium-headless-shell\` (${headlessShellPath}) makes them about a quarter quicker.`,
    );
}
