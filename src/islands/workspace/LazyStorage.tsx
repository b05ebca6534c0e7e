import { useEffect, useRef, useState } from "preact/hooks";
import { Lazy } from "../hooks/Lazy";
import type { StorageControlsProps } from "../storage/StorageControls";

const load = () => import("../storage/StorageControls");

/**
 * "Keep your plan", loaded as it comes near the screen. On the child's pages it sits after the
 * steps, so the child's first screen does not wait for the saving code.
 */
export function LazyStorage(props: StorageControlsProps) {
  const spot = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = spot.current;
    if (!el || near) return;
    if (typeof IntersectionObserver === "undefined") return setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: "300px",
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [near]);
  if (near) return <Lazy load={load} render={({ StorageControls }) => <StorageControls {...props} />} />;
  return <div ref={spot} class="keep-spot" />;
}
