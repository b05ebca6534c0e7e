import { useEffect } from "preact/hooks";
import { onFirstUse } from "../../core/workspace/at-first-use";

/**
 * Runs `run` once, at the first of `events` on the window, while the page is open
 * (src/core/workspace/at-first-use.ts). Read once, when the page starts.
 */
export function useAtFirstUse(events: readonly string[], run: () => void): void {
  useEffect(() => onFirstUse(window, events, run), []);
}
