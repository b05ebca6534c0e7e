import { useEffect, useState } from "preact/hooks";
import { t } from "../../core/i18n/runtime";

const cache = new Map<() => Promise<unknown>, unknown>();

/**
 * Starts loading a module before it is shown, so that showing it needs no wait. Resolves once it
 * is ready to show (or has failed, which Lazy then reports), so a screen can wait for its code
 * and appear whole, with its heading there to take focus.
 */
export function preload<M>(load: () => Promise<M>): Promise<void> {
  if (typeof window === "undefined" || cache.has(load)) return Promise.resolve();
  return load().then(
    (m) => {
      cache.set(load, m);
    },
    () => undefined,
  );
}

/**
 * A module a page bundles with its first screen, given under the loader that would fetch it
 * elsewhere: Lazy then renders it at once, with no fetch and no second render (the list of things
 * to take, on its own page). The server renders the same, so hydration finds the same markup.
 */
export function bundled<M>(load: () => Promise<M>, module: M): void {
  cache.set(load, module);
}

/** Whether a module is here to render without a wait. */
export const isHere = (load: () => Promise<unknown>): boolean => cache.has(load);

/**
 * Renders what a module gives, once it has loaded. For parts that most visits never show (a
 * dialog, a notice), so that a page's first load stays small. Loaded once, then kept.
 */
export function Lazy<M>(props: {
  load: () => Promise<M>;
  render: (module: M) => preact.VNode | null;
  /** Shown while it loads. */
  fallback?: preact.VNode;
  /** Shown if it cannot load, instead of saying so: for a decorative part (null shows nothing). */
  failedView?: preact.VNode | null;
}) {
  const [module, setModule] = useState<M | undefined>(() => cache.get(props.load) as M | undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (module) return;
    props.load().then(
      (m) => {
        cache.set(props.load, m);
        setModule(() => m);
      },
      () => setFailed(true),
    );
  }, [module]);
  if (failed) return props.failedView !== undefined ? props.failedView : <p role="alert">{t("common.couldNotLoad")}</p>;
  return module ? props.render(module) : (props.fallback ?? null);
}
