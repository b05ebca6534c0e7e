import { useEffect, useState } from "preact/hooks";
import { t } from "../../core/i18n/runtime";

const cache = new Map<() => Promise<unknown>, unknown>();

let firstInput: Promise<void> | undefined;
/**
 * Resolves at the first key press or pointer press on the page. Printing always comes after
 * one (the Print button is a click; Ctrl+P and Cmd+P begin with a key down), so code needed only
 * for paper can wait for it, and a visit that only reads never loads it.
 */
export function firstInputOnPage(): Promise<void> {
  firstInput ??= new Promise<void>((resolve) => {
    const types = ["pointerdown", "keydown"] as const;
    const go = () => {
      for (const type of types) window.removeEventListener(type, go, true);
      resolve();
    };
    for (const type of types) window.addEventListener(type, go, { capture: true, passive: true });
  });
  return firstInput;
}

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
 * Renders what a module gives, once it has loaded. For parts that most visits never show (a
 * dialog, a notice), so that a page's first load stays small. Loaded once, then kept.
 */
export function Lazy<M>(props: {
  load: () => Promise<M>;
  render: (module: M) => preact.VNode | null;
  /** Shown while it loads. */
  fallback?: preact.VNode;
  /** Load at the page's first key or click (firstInputOnPage) instead of at once. */
  atFirstInput?: boolean;
}) {
  const [module, setModule] = useState<M | undefined>(() => cache.get(props.load) as M | undefined);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (module) return;
    (props.atFirstInput ? firstInputOnPage() : Promise.resolve()).then(props.load).then(
      (m) => {
        cache.set(props.load, m);
        setModule(() => m);
      },
      () => setFailed(true),
    );
  }, [module]);
  if (failed) return <p role="alert">{t("common.couldNotLoad")}</p>;
  return module ? props.render(module) : (props.fallback ?? null);
}
