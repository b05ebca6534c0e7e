import { useEffect, useRef } from "preact/hooks";
import { QUICK_EXIT_EVENT } from "../../core/signals";

/**
 * The one way an island hears the quick exit. The exit's inline script dispatches the event
 * inside its own click or key handler, so this runs before the page goes: drop everything
 * held in memory here, synchronously.
 */
export function useQuickExit(onExit: () => void): void {
  const latest = useRef(onExit);
  latest.current = onExit;
  useEffect(() => {
    const handler = () => latest.current();
    window.addEventListener(QUICK_EXIT_EVENT, handler);
    return () => window.removeEventListener(QUICK_EXIT_EVENT, handler);
  }, []);
}
