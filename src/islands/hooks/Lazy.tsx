import { useEffect, useState } from "preact/hooks";
import { t } from "../../core/i18n/runtime";

/**
 * Modules loaded, by their loader. A page that bundles one with its first screen puts it here
 * under the loader that would fetch it elsewhere (the list of things to take, on its own page):
 * Lazy then renders it at once, with no fetch and no second render, on the server too, so
 * hydration finds the same markup.
 */
export const loaded = new Map<() => Promise<unknown>, unknown>();

/**
 * Starts loading a module before it is shown, so that showing it needs no wait. Resolves once it
 * is ready to show (or has failed, which Lazy then reports), so a screen can wait for its code
 * and appear whole, with its heading there to take focus.
 */
export function preload<M>(load: () => Promise<M>): Promise<void> {
  if (typeof window === "undefined" || loaded.has(load)) return Promise.resolve();
  return load().then(
    (m) => {
      loaded.set(load, m);
    },
    () => undefined,
  );
}

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
  const [module, setModule] = useState<M | undefined>(() => loaded.get(props.load) as M | undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (module) return;
    props.load().then(
      (m) => {
        loaded.set(props.load, m);
        setModule(() => m);
      },
      () => setFailed(true),
    );
  }, [module]);
  if (failed) return props.failedView !== undefined ? props.failedView : <p role="alert">{t("common.couldNotLoad")}</p>;
  return module ? props.render(module) : (props.fallback ?? null);
}
