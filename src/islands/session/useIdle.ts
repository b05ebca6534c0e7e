import { useEffect, useRef, useState } from "preact/hooks";

const ACTIVITY = ["keydown", "pointerdown", "input", "wheel", "touchstart"] as const;

/**
 * Counts down while nothing happens: warns `warnMs` before the end, then calls onIdle.
 * Any input restarts the count, and so does calling the returned keepGoing.
 */
export function useIdle(
  totalMs: number,
  warnMs: number,
  onIdle: () => void,
): { warning: boolean; keepGoing: () => void } {
  const [warning, setWarning] = useState(false);
  const timers = useRef<Array<ReturnType<typeof setTimeout>>>([]);
  const idle = useRef(onIdle);
  idle.current = onIdle;
  const restart = useRef(() => {});
  useEffect(() => {
    restart.current = () => {
      for (const t of timers.current) clearTimeout(t);
      setWarning(false);
      timers.current = [
        setTimeout(() => setWarning(true), Math.max(0, totalMs - warnMs)),
        setTimeout(() => idle.current(), totalMs),
      ];
    };
    restart.current();
    const onActivity = () => restart.current();
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { passive: true, capture: true });
    return () => {
      for (const t of timers.current) clearTimeout(t);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [totalMs, warnMs]);
  return { warning, keepGoing: () => restart.current() };
}
