import { useState } from "preact/hooks";
import { t, withWords } from "../../core/i18n/runtime";
import type { Bundle } from "../../core/plans/schema";
import type { PlanStore } from "../../core/plans/store";
import type { Template } from "../../core/plans/template";
import { Lazy } from "../hooks/Lazy";
import "./record.css";

// The record's code and words load when the worker opens it.
export const loadRecord = withWords("record", () => import("./RecordPanel"));

/**
 * "For my records": the worker's own part of the session, apart from every plan. Closed at
 * first; open by itself when a worker's copy comes back for a review (it holds a snapshot).
 */
export function RecordPart(props: { store: PlanStore; bundle: Bundle; templates: Record<string, Template> }) {
  const reviewing = props.bundle.record?.reviewed !== undefined;
  const [open, setOpen] = useState<boolean | null>(null);
  const shown = open ?? reviewing;
  return (
    <>
      <p class="record-toggle no-print">
        <button
          type="button"
          class="button button-secondary"
          aria-expanded={shown}
          aria-controls="record-part"
          onClick={() => setOpen(!shown)}
        >
          {t("session.record.open")}
        </button>
      </p>
      <div id="record-part">
        {shown && (
          <Lazy
            load={loadRecord}
            render={({ RecordPanel }) => (
              <RecordPanel store={props.store} bundle={props.bundle} templates={props.templates} />
            )}
            fallback={<p>{t("common.opening")}</p>}
          />
        )}
      </div>
    </>
  );
}
