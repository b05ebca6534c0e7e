import { useRef, useState } from "preact/hooks";
import type { Template } from "../../core/plans/template";
import { printChoice } from "../../core/print/choice";
import { NUMBER_LABEL_MAX } from "../../core/print/wording";
import { PRIVATE_INPUT } from "./fields/types";
import type { NumberEntry } from "./NumbersBlock";
import type { PrintOptions } from "./PrintView";
import { markNextPrint, useNeutralPrinting, usePrintChoice } from "./usePrintChoice";

/** What a page may print: the full plan (freely, behind a warning, or not at all) and a phone card. */
export interface PrintPolicy {
  full: "allowed" | "warn" | "hidden";
  card: boolean;
}

export type PrintTarget = "full" | "card";

/**
 * Print options. The discreet choice is the page's own (src/core/print/choice.ts), not this
 * plan's: set here or on any other plan, it holds for every printout on the page, and it is
 * never saved. While a discreet printout or a card prints, the tab title is neutral, since
 * browsers name a saved PDF after it.
 */
export function PrintControls(props: {
  template: Template;
  options: PrintOptions;
  onOptions: (o: PrintOptions) => void;
  idBase: string;
  policy: PrintPolicy;
  onPrint: (target: PrintTarget) => void;
  numbers?: readonly NumberEntry[];
}) {
  const { template, options, onOptions, idBase, policy } = props;
  const numbers = props.numbers ?? [];
  const [warning, setWarning] = useState(false);
  const choice = usePrintChoice();
  const root = useRef<HTMLElement>(null);
  useNeutralPrinting();
  const print = (target: PrintTarget) => {
    markNextPrint(root.current?.closest(".plan-editor")?.querySelector(":scope > .print-area"));
    props.onPrint(target);
    // Let the chosen printout render before the print dialog takes its picture.
    requestAnimationFrame(() => window.print());
  };
  if (policy.full === "hidden" && !policy.card) return null;
  return (
    <section class="print-controls" aria-labelledby={`${idBase}-print-title`} ref={root}>
      <h2 id={`${idBase}-print-title`}>Print</h2>
      <div class="choices-stack">
        <label class="choice">
          <input
            type="checkbox"
            checked={choice.discreet}
            aria-describedby={`${idBase}-discreet-hint`}
            onChange={(e) => printChoice.setDiscreet(e.currentTarget.checked)}
          />
          <span>Discreet printout: plain words only, and a plain title (“{template.neutralTitle}”)</span>
        </label>
      </div>
      <p class="field-hint" id={`${idBase}-discreet-hint`}>
        Headings become words like “Notes” and “People”, and the names of services are left off. This choice is for
        every printout on this page, and it is not saved.
      </p>
      {choice.discreet && numbers.length > 0 && (
        <fieldset class="print-labels">
          <legend>Numbers on the paper</legend>
          <p class="field-hint">
            Each number prints on its own, without the service's name. You can give it a name that means something only
            to you, or leave it blank.
          </p>
          {numbers.map((n, i) => (
            <div class="field" key={n.phone}>
              <label class="field-label" for={`${idBase}-number-label-${i}`}>
                {n.name}, {n.phone}
              </label>
              <input
                id={`${idBase}-number-label-${i}`}
                class="input"
                type="text"
                maxLength={NUMBER_LABEL_MAX}
                {...PRIVATE_INPUT}
                value={choice.labels[n.phone] ?? ""}
                onInput={(e) => printChoice.setLabel(n.phone, e.currentTarget.value)}
              />
            </div>
          ))}
        </fieldset>
      )}
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
