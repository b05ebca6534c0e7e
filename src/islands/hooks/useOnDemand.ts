import { useEffect, useState } from "preact/hooks";

/** Where a part loaded on demand stands, for the screen that needs it. */
export interface OnDemand<T> {
  /** The part, once here (or as given by the page that bundles it). */
  value: T | null;
  /** Needed and not here yet: the screen waits for it (it may also have failed). */
  waiting: boolean;
  /** Needed, and it could not load (a dropped connection): the screen says so kindly. */
  failed: boolean;
}

/**
 * Code or words a screen needs only in some cases (a child's steps, the card of numbers), loaded
 * the first time `needed` is true and kept; `given` when the page bundles it. Asked for again
 * when it becomes needed again after a failure.
 */
export function useOnDemand<T>(needed: boolean, load: () => Promise<T>, given?: T): OnDemand<T> {
  // In an initializer: a component given as a value must not be called as one.
  const [value, setValue] = useState<T | null>(() => given ?? null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || value) return;
    setFailed(false);
    load().then(
      (v) => setValue(() => v),
      () => setFailed(true),
    );
  }, [needed, value]);
  return { value, waiting: needed && !value, failed: needed && failed };
}
