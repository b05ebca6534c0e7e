// @ts-check
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { transformSync } from "esbuild";

/**
 * Minifies an inline script and hashes exactly the text that will be embedded, so the CSP hash
 * and the page can never disagree.
 * @param {URL} file
 */
export function inlineScript(file) {
  const source = readFileSync(file, "utf8");
  const { code } = transformSync(source, { minify: true, target: "es2017", loader: "js" });
  const text = code.trim();
  /** @type {`sha256-${string}`} */
  const hash = `sha256-${createHash("sha256").update(text).digest("base64")}`;
  return { text, hash };
}
