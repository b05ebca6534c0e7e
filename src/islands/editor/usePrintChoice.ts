import { useEffect, useState } from "preact/hooks";
import { type PrintChoice, printChoice } from "../../core/print/choice";
import { createTitleGuard } from "../../core/print/title";

/** The page's one printing choice (discreet or not, and labels for numbers), kept current. */
export function usePrintChoice(): PrintChoice {
  const [choice, setChoice] = useState(printChoice.get());
  useEffect(() => {
    setChoice(printChoice.get());
    return printChoice.subscribe(setChoice);
  }, []);
  return choice;
}

const ACTIVE = "data-print-active";
let users = 0;
let detach: (() => void) | null = null;

function clearActive(): void {
  for (const el of document.querySelectorAll(`[${ACTIVE}]`)) el.removeAttribute(ACTIVE);
}

/** Whether what prints now is a child's card of numbers, whose title is always neutral. */
function printingCard(): boolean {
  const active = document.querySelector(`.print-area[${ACTIVE}]`);
  const areas = active ? [active] : [...document.querySelectorAll(".print-area")];
  return areas.some((area) => area.getAttribute("data-target") === "card");
}

function attach(): () => void {
  const guard = createTitleGuard(document);
  // Ctrl+P as much as the Print button: the browser names a saved PDF after the title.
  const before = () => {
    if (printChoice.get().discreet || printingCard()) guard.neutral();
  };
  const after = () => {
    guard.restore();
    clearActive();
  };
  const exit = () => printChoice.reset();
  window.addEventListener("beforeprint", before);
  window.addEventListener("afterprint", after);
  window.addEventListener("quickexit", exit);
  return () => {
    window.removeEventListener("beforeprint", before);
    window.removeEventListener("afterprint", after);
    window.removeEventListener("quickexit", exit);
  };
}

/** While printing: a neutral tab title for a discreet printout or a card. One listener per page. */
export function useNeutralPrinting(): void {
  useEffect(() => {
    if (users++ === 0) detach = attach();
    return () => {
      if (--users === 0) {
        detach?.();
        detach = null;
      }
    };
  }, []);
}

/** Marks the printout about to print, so that on a page holding several plans only this one prints (editor.css). */
export function markNextPrint(printArea: Element | null | undefined): void {
  clearActive();
  if (!printArea) return;
  printArea.setAttribute(ACTIVE, "");
  document.documentElement.setAttribute(ACTIVE, "");
}
