import { useEffect, useRef, useState } from "preact/hooks";
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
        Locked
      </h1>
      <p>Enter your passphrase to open what you saved on this device.</p>
      <WithForms>
        {({ PassphraseForm, OPEN_ERRORS }) => (
          <PassphraseForm
            idBase="unlock"
            mode="enter"
            submitLabel="Open"
            busyLabel="Opening…"
            onSubmit={async (pass) => {
              const code = await props.onUnlock(pass);
              return code ? `${OPEN_ERRORS[code]} Nothing has been lost.` : null;
            }}
          />
        )}
      </WithForms>
      <details class="forgot">
        <summary>Forgot your passphrase?</summary>
        <p>
          Nobody can open it without the passphrase, not even the people who run this site. That is what keeps it
          private. If you cannot remember it, you can delete what is saved and start again.
        </p>
        {confirmDelete ? (
          <section class="confirm" aria-labelledby="confirm-delete-text">
            <p id="confirm-delete-text">
              <strong>Delete everything saved on this device?</strong> This cannot be undone.
            </p>
            <div class="button-row">
              <button type="button" class="button button-danger" onClick={() => void props.onDeleteEverything()}>
                Yes, delete everything
              </button>
              <button type="button" class="button button-secondary" onClick={() => setConfirmDelete(false)}>
                No, keep it
              </button>
            </div>
          </section>
        ) : (
          <button type="button" class="button button-secondary" onClick={() => setConfirmDelete(true)}>
            Delete everything and start again
          </button>
        )}
      </details>
      <p>
        <button type="button" class="link-button" onClick={props.onContinueWithout}>
          Continue without opening it
        </button>{" "}
        (what you saved stays locked, and nothing new is saved)
      </p>
    </section>
  );
}
