import { useState } from "preact/hooks";
import { t } from "../../core/i18n/runtime";
import type { Bundle } from "../../core/plans/schema";
import type { UnlockError } from "../../core/storage/vault";
import { describePlans } from "../../core/workspace/views";
import { nothingChanged, openError } from "./messages";
import { PassphraseForm } from "./PassphraseForm";

/**
 * "Open a saved copy": pick or drop a file, enter its passphrase, then choose whether it
 * replaces what is on screen or sits beside it. It never overwrites without asking.
 */
export function ImportPanel(props: {
  hasWork: () => boolean;
  /** Returns a message when the opened plans cannot be taken in. */
  onOpened: (bundle: Bundle, how: "replace" | "keep-both") => string | null;
  /** Saving on this device is on, so replacing also replaces the saved plan. */
  savingOn?: boolean;
  /** What replacing would remove, in words ("My safety plan (3 answers)"). */
  held?: () => string;
  onDone: () => void;
}) {
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [opened, setOpened] = useState<Bundle | null>(null);
  const [dragging, setDragging] = useState(false);

  const take = async (f: File | undefined) => {
    setFileError(null);
    setOpened(null);
    if (!f) return;
    const { MAX_FILE_BYTES, readHeader } = await import("../../core/crypto");
    if (f.size > MAX_FILE_BYTES) return setFileError(`${openError("too-large")} ${nothingChanged()}`);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await f.arrayBuffer());
    } catch {
      return setFileError(`${t("storage.import.unreadable")} ${nothingChanged()}`);
    }
    // A file that is not ours is turned away at once, before asking for a passphrase.
    const header = readHeader(bytes);
    if (!header.ok) return setFileError(`${openError(header.code)} ${nothingChanged()}`);
    setFile({ name: f.name, bytes });
  };
  const open = async (pass: string): Promise<string | null> => {
    if (!file) return null;
    const [{ decrypt }, { parseBundle }] = await Promise.all([
      import("../../core/crypto"),
      import("../../core/plans/parse"),
    ]);
    let code: UnlockError | null = null;
    let bundle: Bundle | null = null;
    const result = await decrypt(file.bytes, pass);
    if (!result.ok) code = result.code;
    else {
      const parsed = parseBundle(result.value);
      if (parsed.ok) bundle = parsed.bundle;
      else code = parsed.error.code;
    }
    if (code || !bundle) return `${openError(code ?? "invalid")} ${nothingChanged()}`;
    if (props.hasWork()) setOpened(bundle);
    else {
      const problem = props.onOpened(bundle, "replace");
      if (problem) return problem;
    }
    return null;
  };

  const takeIn = (bundle: Bundle, how: "replace" | "keep-both") => {
    const problem = props.onOpened(bundle, how);
    if (problem) {
      setOpened(null);
      setFileError(problem);
    }
  };

  return (
    <section class="panel" aria-labelledby="import-title">
      <h3 id="import-title">{t("storage.keep.openCopy")}</h3>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a shortcut; the file input inside does the same for everyone. */}
      <div
        class={dragging ? "drop-zone drop-zone-active" : "drop-zone"}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          void take(e.dataTransfer?.files[0]);
        }}
      >
        <label class="field-label" for="import-file">
          {t("storage.import.chooseFile")}
        </label>
        <p class="field-hint">{t("storage.import.dragHint")}</p>
        <input
          id="import-file"
          type="file"
          class="file-input"
          onChange={(e) => void take(e.currentTarget.files?.[0])}
        />
      </div>
      {fileError && (
        <p class="error-message" role="alert">
          {fileError}
        </p>
      )}
      {file && !opened && !fileError && (
        <PassphraseForm
          idBase="import"
          mode="enter"
          submitLabel={t("storage.import.openThis")}
          busyLabel={t("storage.opening")}
          onSubmit={open}
        />
      )}
      {opened && (
        <section class="confirm" aria-labelledby="import-choice">
          <p id="import-choice">
            <strong>{t("storage.import.holds", { plans: describePlans(opened.plans) })}</strong>{" "}
            {props.held ? t("storage.import.alreadyHaveHeld", { held: props.held() }) : t("storage.import.alreadyHave")}
            {props.savingOn && ` ${t("storage.import.replacesSaved")}`}
          </p>
          <div class="button-row">
            <button type="button" class="button" onClick={() => takeIn(opened, "replace")}>
              {t("storage.import.replace")}
            </button>
            <button type="button" class="button button-secondary" onClick={() => takeIn(opened, "keep-both")}>
              {t("storage.import.keepBoth")}
            </button>
            <button type="button" class="button button-secondary" onClick={props.onDone}>
              {t("storage.cancel")}
            </button>
          </div>
        </section>
      )}
      {!opened && (
        <button type="button" class="button button-secondary" onClick={props.onDone}>
          {t("storage.close")}
        </button>
      )}
    </section>
  );
}
