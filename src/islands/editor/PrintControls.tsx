import { useState } from "preact/hooks";
import type { Template } from "../../core/plans/template";
import type { PrintOptions } from "./PrintView";

/** What a page may print: the full plan (freely, behind a warning, or not at all) and a phone card. */
export interface PrintPolicy {
  full: "allowed" | "warn" | "hidden";
  card: boolean;
}

export type PrintTarget = "full" | "card";

/**
 * Print options. While printing, the tab title becomes the plan's neutral title when chosen,
 * since browsers can put the title on the paper.
 */
export function PrintControls(props: {
  template: Template;
  options: PrintOptions;
  onOptions: (o: PrintOptions) => void;
  idBase: string;
  policy: PrintPolicy;
  onPrint: (target: PrintTarget) => void;
}) {
  const { template, options, onOptions, idBase, policy } = props;
  const [warning, setWarning] = useState(false);
  const print = (target: PrintTarget) => {
    const title = document.title;
    if (target === "card" || options.neutralTitle)
      document.title = target === "card" ? "Numbers" : template.neutralTitle;
    const restore = () => {
      document.title = title;
      window.removeEventListener("afterprint", restore);
    };
    window.addEventListener("afterprint", restore);
    props.onPrint(target);
    // Let the chosen printout render before the print dialog takes its picture.
    requestAnimationFrame(() => window.print());
  };
  return (
    <section class="print-controls" aria-labelledby={`${idBase}-print-title`}>
      <h2 id={`${idBase}-print-title`}>Print</h2>
      {policy.card && (
        <>
          <p>
            A small card with the phone numbers from this plan, to keep somewhere safe. It shows only names and numbers.
          </p>
          <p>
            <button type="button" class="button" onClick={() => print("card")}>
              Print my phone numbers
            </button>
          </p>
        </>
      )}
      {policy.full !== "hidden" && (
        <>
          <p>
            {policy.full === "warn"
              ? "The whole plan, for your records."
              : "The printout shows your answers, with lines to write on for anything you skipped. Keep it somewhere it will not be found, or ask a support worker to keep it for you."}
          </p>
          <div class="choices-stack">
            <label class="choice">
              <input
                type="checkbox"
                checked={options.skipEmpty}
                onChange={(e) => onOptions({ ...options, skipEmpty: e.currentTarget.checked })}
              />
              <span>Leave out questions I have not answered</span>
            </label>
            <label class="choice">
              <input
                type="checkbox"
                checked={options.neutralTitle}
                onChange={(e) => onOptions({ ...options, neutralTitle: e.currentTarget.checked })}
              />
              <span>Use a plain title on the paper (“{template.neutralTitle}”)</span>
            </label>
          </div>
          {policy.full === "warn" && !warning ? (
            <button type="button" class="button button-secondary" onClick={() => setWarning(true)}>
              Print the whole plan
            </button>
          ) : policy.full === "warn" ? (
            <section class="confirm" aria-labelledby={`${idBase}-print-warning`}>
              <p id={`${idBase}-print-warning`}>
                <strong>A child should not keep a written plan.</strong> If it is found, the child could be put at risk.
                Print the whole plan only for your own records, and keep it at your office. Give the child only the card
                of phone numbers.
              </p>
              <div class="button-row">
                <button type="button" class="button" onClick={() => print("full")}>
                  Print for my records
                </button>
                <button type="button" class="button button-secondary" onClick={() => setWarning(false)}>
                  Cancel
                </button>
              </div>
            </section>
          ) : (
            <button type="button" class="button" onClick={() => print("full")}>
              Print
            </button>
          )}
        </>
      )}
    </section>
  );
}
