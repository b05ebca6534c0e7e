import { useLayoutEffect, useRef } from "preact/hooks";
import { t } from "../../core/i18n/runtime";
import { focusIfFell } from "../hooks/focusBack";

/**
 * Closes the dialog, and puts focus back where it was when it opened. The browser does so
 * itself for a modal dialog, unless what had focus inside was taken away first (as the content
 * goes when `open` turns false) or the opener was drawn anew: then focus fell to the page, and a
 * keyboard user would start again from the top. Only when it fell, and only to an opener still
 * on the page (focusBack.ts).
 */
function close(dialog: HTMLDialogElement, opener: { current: Element | null }): void {
  dialog.close();
  focusIfFell(opener.current);
  opener.current = null;
}

/**
 * A modal <dialog>: in view wherever the page is scrolled, focus kept inside, Esc closes it.
 * A modal makes the rest of the page inert, the quick exit in the top bar included, so the
 * dialog carries its own copy of the exit link (the inline script handles any
 * a[data-quick-exit]); Shift ×3 works throughout.
 */
export function Modal(props: {
  open: boolean;
  titleId: string;
  onClose: () => void;
  class?: string;
  children: preact.ComponentChildren;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  // Opened and closed as the render that changes `open` commits, not a frame later: an effect
  // waits for the next frame, and until then a closing dialog stays modal with nothing in it,
  // the page behind still inert.
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    if (!props.open && dialog.open) close(dialog, opener);
  }, [props.open]);
  // A dialog taken off the page while open (its part closed by unmounting it) is closed first,
  // so that focus goes back too.
  useLayoutEffect(
    () => () => {
      if (ref.current?.open) close(ref.current, opener);
    },
    [],
  );
  const exitUrl = typeof document === "undefined" ? "" : document.documentElement.getAttribute("data-exit-url");
  return (
    <dialog
      ref={ref}
      class={`modal ${props.class ?? ""}`}
      aria-labelledby={props.titleId}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      {props.open && (
        <>
          {exitUrl && (
            <p class="modal-exit">
              {/* data-keep-warning: the exit answers no idle warning (useIdle), so no re-render
                  comes between the press and the exit. */}
              <a class="qe-link" href={exitUrl} rel="nofollow noreferrer" data-quick-exit data-keep-warning>
                {t("common.exitThisPage")}
              </a>
            </p>
          )}
          {props.children}
        </>
      )}
    </dialog>
  );
}
