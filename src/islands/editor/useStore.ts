import { useEffect, useState } from "preact/hooks";
import type { Bundle } from "../../core/plans/schema";
import type { PlanStore } from "../../core/plans/store";

/** Re-renders when the store changes. */
export function useBundle(store: PlanStore): Bundle {
  const [bundle, setBundle] = useState(store.bundle());
  useEffect(() => {
    setBundle(store.bundle());
    return store.subscribe((b) => setBundle(b));
  }, [store]);
  return bundle;
}

/**
 * The quick exit announces itself with a "quickexit" event on window, inside its own event
 * handler: drop everything held in memory there and then.
 */
export function useClearOnQuickExit(clear: () => void): void {
  useEffect(() => {
    window.addEventListener("quickexit", clear);
    return () => window.removeEventListener("quickexit", clear);
  }, [clear]);
}
