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
