/**
 * For a notice or question that appears after a press ("Saved and locked", "Delete everything
 * saved on this device?", "Your locked copy is downloading"): it is scrolled into view and takes
 * focus, so that it is seen, and read out by a screen reader, however far the form that led to it
 * had scrolled. A ref callback: give the element tabIndex={-1}. Stable, so it runs only when the
 * element appears (give it a key to run again for new words).
 */
export function revealOnShow(el: HTMLElement | null): void {
  if (!el) return;
  // After the layout settles: the form it replaces has only just gone.
  requestAnimationFrame(() => {
    if (!el.isConnected) return;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "center" });
  });
}
