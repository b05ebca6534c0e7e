import { useRef, useState } from "preact/hooks";
import { loadUiPart, t } from "../../core/i18n/runtime";
import { LIMITS } from "../../core/plans/limits";
import type { Template } from "../../core/plans/template";
import { printChoice } from "../../core/print/choice";
import { keepAsIs } from "../hooks/keepAsIs";
import { slotted } from "../storage/slot";
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
  /** Shows the chosen printout. */
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
      <h2 id={`${idBase}-print-title`}>{t("editor.print.title")}</h2>
      <div class="choices-stack">
        <label class="choice">
          <input
            type="checkbox"
            checked={choice.discreet}
            aria-describedby={`${idBase}-discreet-hint`}
            onChange={(e) => printChoice.setDiscreet(e.currentTarget.checked)}
          />
          <span>{t("editor.print.discreet", { title: template.neutralTitle })}</span>
        </label>
      </div>
      <p class="field-hint" id={`${idBase}-discreet-hint`}>
        {t("editor.print.discreetHint")}
      </p>
      {choice.discreet && numbers.length > 0 && (
        <fieldset class="print-labels">
          <legend>{t("editor.print.numbersLegend")}</legend>
          <p class="field-hint">{t("editor.print.numbersHint")}</p>
          {numbers.map((n, i) => (
            <div class="field" key={n.phone}>
              <label class="field-label" for={`${idBase}-number-label-${i}`}>
                {slotted(t("editor.print.numberLabel"), {
                  name: n.ownName ? <span {...keepAsIs(true, n.nameLang)}>{n.name}</span> : n.name,
                  phone: <span dir="ltr">{n.phone}</span>,
                })}
              </label>
              <input
                id={`${idBase}-number-label-${i}`}
                class="input"
                type="text"
                maxLength={LIMITS.numberLabel}
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
          <p>{t("editor.print.cardText")}</p>
          <p>
            <button type="button" class="button" onClick={() => print("card")}>
              {t("editor.print.cardButton")}
            </button>
          </p>
        </>
      )}
      {policy.full !== "hidden" && (
        <>
          <p>{policy.full === "warn" ? t("session.print.forRecordsText") : t("editor.print.fullText")}</p>
          <div class="choices-stack">
            <label class="choice">
              <input
                type="checkbox"
                checked={options.skipEmpty}
                onChange={(e) => onOptions({ ...options, skipEmpty: e.currentTarget.checked })}
              />
              <span>{t("editor.print.skipEmpty")}</span>
            </label>
            {template.sections.some((sec) => sec.fields.some((f) => f.type === "situation")) && (
              <label class="choice">
                <input
                  type="checkbox"
                  checked={options.aboutMe}
                  disabled={choice.discreet}
                  onChange={(e) => {
                    onOptions({ ...options, aboutMe: e.currentTarget.checked });
                    // Their words come with the tailored plan's part.
                    if (e.currentTarget.checked) loadUiPart("tailoring").catch(() => undefined);
                  }}
                />
                <span>{t("editor.print.aboutMe")}</span>
              </label>
            )}
          </div>
          {policy.full === "warn" && !warning ? (
            <button type="button" class="button button-secondary" onClick={() => setWarning(true)}>
              {t("session.print.whole")}
            </button>
          ) : policy.full === "warn" ? (
            <section class="confirm" aria-labelledby={`${idBase}-print-warning`}>
              <p id={`${idBase}-print-warning`}>
                <strong>{t("session.print.warningTitle")}</strong> {t("session.print.warningText")}
              </p>
              <div class="button-row">
                <button type="button" class="button" onClick={() => print("full")}>
                  {t("session.print.forRecords")}
                </button>
                <button type="button" class="button button-secondary" onClick={() => setWarning(false)}>
                  {t("common.cancel")}
                </button>
              </div>
            </section>
          ) : (
            <button type="button" class="button" onClick={() => print("full")}>
              {t("editor.print.title")}
            </button>
          )}
        </>
      )}
    </section>
  );
}
