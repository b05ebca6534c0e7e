/**
 * Renders a long page a part at a time, after it is usable. A plan's closed sections are not in
 * the page's first markup (fewer elements to parse, style and hydrate on a slow phone); once the
 * editor is ready, their bodies join one per idle moment, so typing is never held up and the
 * browser's find-in-page reaches every field soon after. A section opened earlier shows at once.
 */
export interface IdleScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

/**
 * Calls onCount(1), onCount(2), … onCount(total), each in an idle moment of its own.
 * Returns a stop function (for a page that goes away first).
 */
export function countInTurn(total: number, onCount: (count: number) => void, scheduler: IdleScheduler): () => void {
  let count = 0;
  let handle: number | undefined;
  const step = () => {
    handle = undefined;
    count += 1;
    onCount(count);
    if (count < total) handle = scheduler.request(step);
  };
  if (total > 0) handle = scheduler.request(step);
  return () => {
    if (handle !== undefined) scheduler.cancel(handle);
    handle = undefined;
  };
}

/**
 * The browser's idle callbacks, with a time limit so a busy page still gets there. Safari has no
 * requestIdleCallback: a short timer stands in, which still lets input run between parts.
 */
export function browserIdle(timeoutMs = 1000): IdleScheduler {
  if (typeof requestIdleCallback === "function")
    return {
      request: (callback) => requestIdleCallback(callback, { timeout: timeoutMs }),
      cancel: (handle) => cancelIdleCallback(handle),
    };
  return {
    request: (callback) => setTimeout(callback, 16) as unknown as number,
    cancel: (handle) => clearTimeout(handle),
  };
}
