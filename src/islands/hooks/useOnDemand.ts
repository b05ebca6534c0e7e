import { useEffect, useState } from "preact/hooks";

/**
 * Code a screen needs only in some cases (a child's steps, the card of numbers), loaded the
 * first time `needed` is true and kept. `failed` lets the screen say so kindly rather than wait
 * for ever on a part that could not load (a dropped connection).
 */
export function useOnDemand<T>(needed: boolean, load: () => Promise<T>): { value: T | null; failed: boolean } {
  const [value, setValue] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!needed || value) return;
    setFailed(false);
    load().then(
      (v) => setValue(() => v),
      () => setFailed(true),
    );
  }, [needed, value]);
  return { value, failed };
}
