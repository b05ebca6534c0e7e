import { useEffect, useRef, useState } from "preact/hooks";
import { browserSessionPort, createSessionTabs, type SessionTabs } from "../../core/workspace/session-tabs";

/**
 * How much the site's other session tabs hold (src/core/workspace/session-tabs.ts), told this
 * tab's own count as it changes. Opened once the page runs (never while the page is built),
 * and closed as the page goes, so the other tabs stop counting it.
 */
export function useOtherSessions(count: number): number {
  const tabs = useRef<SessionTabs | null>(null);
  const [others, setOthers] = useState(0);
  useEffect(() => {
    const opened = createSessionTabs(browserSessionPort());
    tabs.current = opened;
    const off = opened.subscribe(setOthers);
    const gone = () => opened.dispose();
    window.addEventListener("pagehide", gone);
    return () => {
      off();
      window.removeEventListener("pagehide", gone);
      opened.dispose();
    };
  }, []);
  useEffect(() => tabs.current?.tell(count), [count]);
  return others;
}
