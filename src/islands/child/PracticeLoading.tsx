import { useLayoutEffect, useRef } from "preact/hooks";
import { t } from "../../core/i18n/runtime";

/**
 * Practice opened from a plan: the workspace focuses the heading of the screen it finds, which
 * is this loading screen's, and the screens that replace it (the next loading screen, then
 * practice) take that focus over as they show. Without it focus fell to the page as the
 * heading went. Only focus this heading had: a practice page's first screen takes none.
 */
let handOver = false;

/** On mount, `heading` takes the focus the loading screen's heading had as it went. */
export function useTakeFocusFromLoading(heading: { current: HTMLElement | null }): void {
  useLayoutEffect(() => {
    if (!handOver) return;
    handOver = false;
    heading.current?.focus();
  }, []);
}

/** Practice's screen while its code and words load: a heading, so focus has somewhere to go. */
export function PracticeLoading() {
  const heading = useRef<HTMLHeadingElement>(null);
  useTakeFocusFromLoading(heading);
  // Cleanup runs before the heading leaves the page, so it still knows whether it had focus.
  useLayoutEffect(
    () => () => {
      handOver = heading.current !== null && document.activeElement === heading.current;
    },
    [],
  );
  return (
    <section class="practice" aria-labelledby="practice-title">
      <h1 id="practice-title" ref={heading} tabIndex={-1}>
        {t("child.practice.loadingTitle")}
      </h1>
      <p class="practice-loading">{t("child.practice.loading")}</p>
    </section>
  );
}
