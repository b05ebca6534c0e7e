/**
 * Runs storage writes one at a time across every tab of the site, with the Web Locks API.
 * Without it (older browsers) the write simply runs: the revision check still catches a tab
 * that would save over newer work, just without the queue.
 */
export type WithLock = <T>(fn: () => Promise<T>) => Promise<T>;

/** Neutral, like every name the site leaves in the browser. */
export const SAVE_LOCK = "app-data-write";

export const webLock: WithLock = (fn) => {
  const locks = typeof navigator === "undefined" ? undefined : navigator.locks;
  if (!locks?.request) return fn();
  return locks.request(SAVE_LOCK, { mode: "exclusive" }, fn) as Promise<Awaited<ReturnType<typeof fn>>>;
};

/** For tests, and for one tab: a queue inside this page only. */
export function localLock(): WithLock {
  let tail: Promise<unknown> = Promise.resolve();
  return (fn) => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => undefined);
    return run;
  };
}
