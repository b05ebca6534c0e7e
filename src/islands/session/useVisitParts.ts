import { useEffect } from "preact/hooks";

/**
 * A home visit may lose its connection after the page has loaded. The parts a session opens on
 * demand (the child's steps and pictures, the tailored plan's questions, library and quick
 * tools, the worker's record, the hand-over and the phone sender) are fetched in the background
 * at the first touch or key in the session, while there is a connection, so that each opens
 * later without one. Not with the page: its first screen stays small, and a session that never
 * uses them costs only the fetch. A failed fetch is tried again when the part is opened.
 */
export function useVisitParts(loaders: ReadonlyArray<() => Promise<unknown>>): void {
  useEffect(() => {
    const stop = () => {
      window.removeEventListener("pointerdown", fetchAll, true);
      window.removeEventListener("keydown", fetchAll, true);
    };
    function fetchAll() {
      stop();
      if (!navigator.onLine) return;
      for (const load of loaders) load().catch(() => undefined);
    }
    window.addEventListener("pointerdown", fetchAll, true);
    window.addEventListener("keydown", fetchAll, true);
    return stop;
  }, []);
}
