import type { RefObject } from "preact";
import { useEffect, useRef } from "preact/hooks";

/**
 * The `data-ready` mark (tests and `npm run bench` wait for it): set on the element once the
 * island has hydrated and every effect of that first render has run (a microtask after the
 * effect, so also after the effects of the components around this one). It is written on the
 * element directly, as a state change would render the whole plan a second time just to add
 * one attribute (about 60 ms on a slow phone, before the page counted as usable). Renders after
 * that carry it in their props too, so an element made again keeps it.
 * @param when false until what the element needs has arrived (its effect runs again when it changes)
 */
export function useReadyMark<T extends HTMLElement>(when = true): { ref: RefObject<T>; ready: "" | undefined } {
  const ref = useRef<T>(null);
  const marked = useRef(false);
  useEffect(() => {
    if (!when || marked.current) return;
    queueMicrotask(() => {
      marked.current = true;
      ref.current?.setAttribute("data-ready", "");
    });
  }, [when]);
  return { ref, ready: marked.current ? "" : undefined };
}
