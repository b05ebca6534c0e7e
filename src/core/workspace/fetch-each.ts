/**
 * Starts each loader, in the background. Offline, it fetches nothing, and a failed fetch is
 * dropped: each part is tried again, with its own message, when someone opens it.
 */
export function fetchEach(
  loaders: ReadonlyArray<() => Promise<unknown>>,
  online: () => boolean = () => navigator.onLine,
): void {
  if (!online()) return;
  for (const load of loaders) {
    try {
      load().catch(() => undefined);
    } catch {
      /* a loader that throws at once is tried again when its part is opened */
    }
  }
}
