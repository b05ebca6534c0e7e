import { useEffect, useRef, useState } from "preact/hooks";

const ACTIVITY = ["keydown", "pointerdown", "input", "wheel", "touchstart"] as const;

/**
 * Counts down while nothing happens, then calls onIdle; any input restarts the count. With
 * warnMs it also raises a warning that long before the end, and keepGoing restarts the count.
 * Used for locking a saved plan and for ending a professional's session.
 */
export function useIdle(
  totalMs: number,
  onIdle: () => void,
  options: { warnMs?: number; enabled?: boolean } = {},
): { warning: boolean; keepGoing: () => void } {
  const { warnMs, enabled = true } = options;
  const [warning, setWarning] = useState(false);
  const timers = useRef<Array<ReturnType<typeof setTimeout>>>([]);
  const idle = useRef(onIdle);
  idle.current = onIdle;
  const restart = useRef(() => {});
  useEffect(() => {
    if (!enabled) return;
    restart.current = () => {
      for (const t of timers.current) clearTimeout(t);
      setWarning(false);
      timers.current = [setTimeout(() => idle.current(), totalMs)];
      if (warnMs !== undefined) timers.current.push(setTimeout(() => setWarning(true), Math.max(0, totalMs - warnMs)));
    };
    restart.current();
    const onActivity = () => restart.current();
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true, capture: true });
    return () => {
      for (const t of timers.current) clearTimeout(t);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [totalMs, warnMs, enabled]);
  return { warning, keepGoing: () => restart.current() };
}

/** Moves focus to the page's main heading, so a screen reader starts on the new screen. */
export function focusMainHeading(options: FocusOptions = {}): void {
  const heading = document.querySelector<HTMLElement>("main h1");
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus(options);
}
