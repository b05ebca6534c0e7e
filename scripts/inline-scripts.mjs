// @ts-check
import { createHash } from "node:crypto";
import { buildSync } from "esbuild";

/**
 * Bundles and minifies an inline script (it may import shared names from src/core), and hashes
 * exactly the text that will be embedded, so the CSP hash and the page can never disagree.
 * @param {URL} file
 */
export function inlineScript(file) {
  const result = buildSync({
    entryPoints: [file.pathname],
    bundle: true,
    write: false,
    minify: true,
    format: "iife",
    target: "es2017",
  });
  const text = (result.outputFiles[0]?.text ?? "").trim();
  /** @type {`sha256-${string}`} */
  const hash = `sha256-${createHash("sha256").update(text).digest("base64")}`;
  return { text, hash };
}
