/**
 * Where focus goes when what had it is taken away (a panel closed by its own Cancel, a row that
 * removes itself): browsers drop it on the page, and a keyboard or screen reader user starts
 * again from the top; a button that turns itself off holds it where it does nothing. Only
 * when it fell: a message that took focus on purpose keeps it.
 */
export function focusIfFell(el: Element | null | undefined): void {
  const active = document.activeElement;
  // A button that turned itself off keeps focus in Chromium, where nothing moves on from it.
  const fell = !active || active === document.body || active.matches(":disabled");
  if (fell && el instanceof HTMLElement && el.isConnected) el.focus();
}

/** The same, once the change has been drawn (a state change renders after the event). */
export function focusIfFellLater(el: () => Element | null | undefined): void {
  requestAnimationFrame(() => focusIfFell(el()));
}

/**
 * Once the change has been drawn, focus the first element of these ids on the page: where the
 * keyboard carries on after a button that takes its own item away, or moves it elsewhere.
 */
export function focusLater(...ids: string[]): void {
  requestAnimationFrame(() => {
    for (const id of ids) {
      const el = document.getElementById(id);
      if (el) return el.focus();
    }
  });
}
