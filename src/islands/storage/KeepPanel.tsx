import type { UiTextKey } from "../../core/i18n/keys";
import { t, tCount } from "../../core/i18n/runtime";
import type { EnableResult } from "../../core/workspace/controller";
import { describePlans } from "../../core/workspace/views";
import { ExportPanel } from "./ExportPanel";
import { ImportPanel } from "./ImportPanel";
import { PassphraseForm } from "./PassphraseForm";
import { revealOnShow } from "./reveal";
import type { StorageControlsProps } from "./StorageControls";

const ENABLE_MESSAGES: Record<Exclude<EnableResult, "ok" | "exists">, UiTextKey> = {
  unavailable: "storage.save.unavailable",
  failed: "storage.save.failed",
};

export interface KeepPanelProps extends StorageControlsProps {
  panel: "save" | "export" | "import" | "delete";
  /** A passphrase that met a plan already saved here: the person chooses what to do. */
  clash: string | null;
  setClash: (pass: string | null) => void;
  close: () => void;
  setNotice: (notice: string | null) => void;
}

/**
 * The open panel of "Keep your plan" (save on this device, a copy, open a copy, delete). It
 * loads with the forms when a button is first pressed, so the first screen carries only the buttons.
 */
export function KeepPanel(props: KeepPanelProps) {
  const { panel, clash, setClash, close, setNotice } = props;
  if (panel === "save" && clash !== null)
    return (
      <section class="confirm panel" aria-labelledby="clash-title">
        <p id="clash-title">
          <strong>{t("storage.save.clashTitle")}</strong> {t("storage.save.clashText")}
        </p>
        <div class="button-row">
          <button
            type="button"
            class="button"
            onClick={() => {
              setClash(null);
              close();
              props.onOpenLocked();
            }}
          >
            {t("storage.save.openSaved")}
          </button>
          <button
            type="button"
            class="button button-danger"
            onClick={async () => {
              const result = await props.onEnable(clash, true);
              setClash(null);
              close();
              setNotice(result === "ok" ? t("storage.save.replaced") : null);
            }}
          >
            {t("storage.save.replaceSaved")}
          </button>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => {
              setClash(null);
              close();
            }}
          >
            {t("storage.cancel")}
          </button>
        </div>
      </section>
    );
  if (panel === "save")
    return (
      <section class="panel" aria-labelledby="save-title">
        <h3 id="save-title">{t("storage.save.title")}</h3>
        <p>{tCount("storage.save.text", props.idleLockMinutes)}</p>
        <PassphraseForm
          idBase="save"
          mode="new"
          submitLabel={t("storage.saveAndLock")}
          busyLabel={t("storage.locking")}
          onCancel={close}
          onSubmit={async (pass) => {
            const result = await props.onEnable(pass, false);
            if (result === "exists") {
              setClash(pass);
              return null;
            }
            if (result !== "ok") return t(ENABLE_MESSAGES[result]);
            close();
            setNotice(t("storage.savedLocked"));
            return null;
          }}
        />
      </section>
    );
  if (panel === "delete")
    return (
      <section class="confirm panel" aria-labelledby="delete-title" tabIndex={-1} ref={revealOnShow}>
        <p id="delete-title">
          <strong>{t("storage.deleteQuestion")}</strong> {t("storage.delete.text")}
        </p>
        <p>{t("storage.delete.traces")}</p>
        <div class="button-row">
          <button
            type="button"
            class="button button-danger"
            onClick={async () => {
              await props.onDeleteEverything();
              close();
              setNotice(t("storage.delete.done"));
            }}
          >
            {t("storage.yesDelete")}
          </button>
          <button type="button" class="button button-secondary" onClick={close}>
            {t("storage.noKeep")}
          </button>
        </div>
      </section>
    );
  if (panel === "export")
    return (
      <ExportPanel
        bundle={props.bundle}
        fileName={props.fileName}
        onDone={close}
        {...(props.onExported ? { onExported: props.onExported } : {})}
      />
    );
  return (
    <ImportPanel
      hasWork={props.hasWork}
      onDone={close}
      savingOn={props.device === "saving"}
      {...(props.held ? { held: props.held } : {})}
      onOpened={(bundle, how) => {
        const problem = props.onImported(bundle, how);
        if (problem) return problem;
        close();
        const plans = describePlans(bundle.plans);
        setNotice(
          how === "replace"
            ? t("storage.import.openedReplace", { plans })
            : t("storage.import.openedBeside", { plans }),
        );
        return null;
      }}
    />
  );
}
