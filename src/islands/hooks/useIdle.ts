import { useEffect, useRef, useState } from "preact/hooks";
import { ACTIVITY_EVENTS, createIdleTimer, keepsWarning } from "../../core/workspace/idle";

/** Calls onActivity on every key, click, tap, typing or wheel anywhere in the page. */
export function useActivity(onActivity: (event: Event) => void, enabled = true): void {
  const latest = useRef(onActivity);
  latest.current = onActivity;
  useEffect(() => {
    if (!enabled) return;
    const handler = (event: Event) => latest.current(event);
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, handler, { passive: true, capture: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, handler, { capture: true });
    };
  }, [enabled]);
}

/**
 * The session's count-down (src/core/workspace/idle.ts), fed by use of the page: a warning
 * after warnMs without use, the end after endMs. keepGoing restarts the count.
 */
export function useIdle(endMs: number, onEnd: () => void, warnMs: number): { warning: boolean; keepGoing: () => void } {
  const [warning, setWarning] = useState(false);
  const end = useRef(onEnd);
  end.current = onEnd;
  const [timer] = useState(() =>
    createIdleTimer({ endMs, warnMs, onEnd: () => end.current(), onWarn: () => setWarning(true) }),
  );
  useEffect(() => {
    timer.touch();
    return () => timer.stop();
  }, [timer]);
  // Every use restarts the count; most also answer the warning (keepsWarning says which do not).
  useActivity((event) => {
    timer.touch();
    const marked = event.target instanceof Element && event.target.closest("[data-keep-warning]") !== null;
    const key = event instanceof KeyboardEvent ? event.key : undefined;
    if (!keepsWarning({ type: event.type, marked, ...(key === undefined ? {} : { key }) })) setWarning(false);
  });
  return {
    warning,
    keepGoing: () => {
      timer.touch();
      setWarning(false);
    },
  };
}

/** Moves focus to the page's main heading, so a screen reader starts on the new screen. */
export function focusMainHeading(options: FocusOptions = {}): void {
  const heading = document.querySelector<HTMLElement>("main h1");
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus(options);
}
