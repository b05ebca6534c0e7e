import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../../core/i18n/runtime";
import type { UnlockError } from "../../core/storage/vault";
import { WithForms } from "./WithForms";

/**
 * Neutral on purpose: it does not say what is locked. A wrong passphrase changes nothing.
 */
export function UnlockScreen(props: {
  onUnlock: (passphrase: string) => Promise<UnlockError | null>;
  onDeleteEverything: () => Promise<void>;
  onContinueWithout: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="unlock" aria-labelledby="unlock-title">
      <h1 id="unlock-title" ref={heading} tabIndex={-1}>
        {t("storage.unlock.title")}
      </h1>
      <p>{t("storage.unlock.intro")}</p>
      <WithForms>
        {({ PassphraseForm, openError }) => (
          <PassphraseForm
            idBase="unlock"
            mode="enter"
            submitLabel={t("storage.unlock.open")}
            busyLabel={t("storage.opening")}
            onSubmit={async (pass) => {
              const code = await props.onUnlock(pass);
              return code ? `${openError(code)} ${t("storage.nothingChanged")}` : null;
            }}
          />
        )}
      </WithForms>
      <details class="forgot">
        <summary>{t("storage.unlock.forgot")}</summary>
        <p>{t("storage.unlock.forgotText")}</p>
        {confirmDelete ? (
          <section class="confirm" aria-labelledby="confirm-delete-text">
            <p id="confirm-delete-text">
              <strong>{t("storage.deleteQuestion")}</strong> {t("storage.unlock.cannotUndo")}
            </p>
            <p>{t("storage.delete.traces")}</p>
            <div class="button-row">
              <button type="button" class="button button-danger" onClick={() => void props.onDeleteEverything()}>
                {t("storage.yesDelete")}
              </button>
              <button type="button" class="button button-secondary" onClick={() => setConfirmDelete(false)}>
                {t("storage.noKeep")}
              </button>
            </div>
          </section>
        ) : (
          <button type="button" class="button button-secondary" onClick={() => setConfirmDelete(true)}>
            {t("storage.unlock.deleteAndStart")}
          </button>
        )}
      </details>
      <p>
        <button type="button" class="link-button" onClick={props.onContinueWithout}>
          {t("storage.unlock.continueWithout")}
        </button>{" "}
        {t("storage.unlock.continueNote")}
      </p>
    </section>
  );
}
