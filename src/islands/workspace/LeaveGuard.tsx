import { useRef, useState } from "preact/hooks";
import { t } from "../../core/i18n/runtime";
import type { Bundle, Plan } from "../../core/plans/schema";
import { describeUnsaved } from "../../core/workspace/views";
import { focusIfFellLater } from "../hooks/focusBack";
import { WithForms } from "../storage/WithForms";
import { Modal } from "./Modal";

export interface PendingLeave {
  url: string;
  /** The link's own words ("Home"), to name where it goes. */
  label: string;
}

/**
 * Asked before a link would leave the workspace and clear unsaved answers. Never for the quick
 * exit, and never through the browser's beforeunload prompt (see docs/architecture.md).
 */
export function LeaveGuard(props: {
  pending: PendingLeave | null;
  unsaved: readonly Plan[];
  bundle: () => Bundle;
  fileName: string;
  onExported: (bundle: Bundle) => void;
  onStay: () => void;
  onLeave: () => void;
}) {
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const stayButton = useRef<HTMLButtonElement>(null);
  const saveFirst = useRef<HTMLButtonElement>(null);
  const stay = () => {
    setSaving(false);
    setSaved(false);
    props.onStay();
  };
  const where = props.pending?.label
    ? t("workspace.leave.linkName", { label: props.pending.label })
    : t("workspace.leave.thatPage");
  // The answers are named in bold, wherever the language puts them in the sentence.
  const [before, after] = t("workspace.leave.wouldLose", { where }).split("{answers}");
  return (
    <Modal open={props.pending !== null} titleId="leave-title" onClose={stay}>
      <h2 id="leave-title">{t("workspace.leave.title")}</h2>
      {saving ? (
        <WithForms>
          {({ ExportPanel }) => (
            <ExportPanel
              bundle={props.bundle}
              fileName={props.fileName}
              onExported={(b) => {
                props.onExported(b);
                setSaved(true);
              }}
              onDone={() => {
                setSaving(false);
                // Back to the choices: focus on the one that was pressed, or, once saved, on staying.
                focusIfFellLater(() => saveFirst.current ?? stayButton.current);
              }}
            />
          )}
        </WithForms>
      ) : (
        <>
          {saved ? (
            <p role="status">{t("workspace.leave.savedAsFile")}</p>
          ) : (
            <p>
              {before}
              <strong>{describeUnsaved(props.unsaved)}</strong>
              {after}
            </p>
          )}
          <div class="button-row">
            {/* Staying is the safe choice, so it comes first and takes the focus. */}
            <button type="button" class="button" onClick={stay} autofocus ref={stayButton}>
              {t("workspace.leave.stay")}
            </button>
            {!saved && (
              <button type="button" class="button button-secondary" onClick={() => setSaving(true)} ref={saveFirst}>
                {t("workspace.leave.saveFirst")}
              </button>
            )}
            <button type="button" class="button button-danger" onClick={props.onLeave}>
              {t("workspace.leave.leave")}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
