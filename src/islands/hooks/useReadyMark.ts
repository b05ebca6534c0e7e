import type { RefObject } from "preact";
import { useEffect, useRef } from "preact/hooks";

/** The performance mark set with `data-ready`; its detail is the element's class. */
export const READY_MARK = "island-ready";

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
      const element = ref.current;
      if (!element) return;
      element.setAttribute("data-ready", "");
      // The moment `npm run bench` counts as usable (and a performance trace shows): read from
      // the page's own timeline, as watching or polling the page for the mark would slow it.
      if (typeof performance.mark === "function") performance.mark(READY_MARK, { detail: element.className });
    });
  }, [when]);
  return { ref, ready: marked.current ? "" : undefined };
}
