import { useState } from "preact/hooks";
import { t, tCount } from "../../core/i18n/runtime";
import { today } from "../../core/plans/dates";
import type { Bundle } from "../../core/plans/schema";
import { stampReview } from "../../core/record/review";
import { familyCopy, firstChoice } from "../../core/workspace/copies";
import { WithForms } from "../storage/WithForms";
import { Modal } from "../workspace/Modal";

/**
 * "Are you still there?": the session will end by itself. Besides "Keep going", a locked copy
 * can be made here, inside the dialog, before anything is cleared. Any use of the page closes
 * the warning (a press at its click: src/core/workspace/idle.ts), except a press on "Save a copy
 * first" (data-keep-warning, see useIdle), whose click needs its button; then the copy keeps the
 * dialog open.
 * In a hurry there is no time to ask a young person, so the person's copy leaves their plan out
 * (as hand-over does until they agree); the worker's own copy keeps everything.
 */
export function IdleWarning(props: {
  warning: boolean;
  warnMinutes: number;
  graceMinutes: number;
  onKeepGoing: () => void;
  bundle: () => Bundle;
  fileName: string;
  onExported: (bundle: Bundle) => void;
}) {
  const [saving, setSaving] = useState(false);
  const close = () => {
    setSaving(false);
    props.onKeepGoing();
  };
  return (
    <Modal open={props.warning || saving} titleId="idle-title" onClose={close}>
      <h2 id="idle-title">{t("session.idle.title")}</h2>
      {saving ? (
        <WithForms>
          {({ ExportPanel }) => (
            <ExportPanel
              bundle={() => familyCopy(props.bundle(), firstChoice())}
              recordsBundle={() => stampReview(props.bundle(), today())}
              fileName={props.fileName}
              forProfessional
              onExported={props.onExported}
              onDone={close}
            />
          )}
        </WithForms>
      ) : (
        <>
          <p role="alert">
            {tCount("session.idle.nothingFor", props.warnMinutes)} {tCount("session.idle.willEnd", props.graceMinutes)}
          </p>
          <div class="button-row">
            <button type="button" class="button" onClick={close} autofocus>
              {t("session.idle.keepGoing")}
            </button>
            <button type="button" class="button button-secondary" data-keep-warning onClick={() => setSaving(true)}>
              {t("session.idle.saveFirst")}
            </button>
          </div>
        </>
      )}
    </Modal>
  );
}
