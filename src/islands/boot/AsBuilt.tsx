import type { ComponentChildren } from "preact";
import { useLayoutEffect, useRef, useState } from "preact/hooks";
import { browserIdle } from "../../core/workspace/in-turn";
import { isHydrating } from "./hydrating";

/**
 * A `<div>` whose built markup is kept as it is while the island hydrates, and rendered for real
 * soon after. Preact does not walk a subtree given as dangerouslySetInnerHTML during hydration,
 * so the printout (hundreds of elements, hidden on screen, two thirds of a plan page's markup)
 * no longer holds up the moment the page is usable on a slow phone. The built markup is the
 * printout of the page as it first shows, so printing at once still gives the plan, from the
 * browser's menu too, and with no script at all. It is rendered for real at the first idle
 * moment, at any render after hydration (the plan or a print choice changed), or as printing
 * starts, whichever comes first, so the paper always follows the screen.
 */
export function AsBuilt(props: { class: string; children: ComponentChildren; [attr: `data-${string}`]: string }) {
  const { children, ...attrs } = props;
  const [kept, setKept] = useState(isHydrating);
  const renders = useRef(0);
  renders.current += 1;
  // Rendered again before the idle moment: something on the paper may have changed.
  const keep = kept && renders.current === 1;
  // As soon as hydration has committed, not a frame later as useEffect would: printing may start then.
  useLayoutEffect(() => {
    if (!kept) return;
    const release = () => setKept(false);
    window.addEventListener("beforeprint", release);
    const idle = browserIdle();
    const handle = idle.request(release);
    return () => {
      window.removeEventListener("beforeprint", release);
      idle.cancel(handle);
    };
  }, [kept]);
  return keep ? <div {...attrs} dangerouslySetInnerHTML={{ __html: "" }} /> : <div {...attrs}>{children}</div>;
}
