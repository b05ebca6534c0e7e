/**
 * A value as JSON for a `<script type="application/json">` (the islands' words, an island's
 * props), with every "<" escaped so no text in it can close the script early.
 */
export function jsonInScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
