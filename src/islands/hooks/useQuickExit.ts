import { useEffect, useRef } from "preact/hooks";
import { QUICK_EXIT_EVENT } from "../../core/signals";

/**
 * The one way an island hears the quick exit. The exit's inline script dispatches the event
 * once the page is hidden and leaving (just after the frame that hides it, before the page
 * goes): drop everything held in memory here, synchronously.
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
