import { useState } from "preact/hooks";
import type { UiTextKey } from "../../core/i18n/keys";
import { t, tCount, withWords } from "../../core/i18n/runtime";
import type { Bundle } from "../../core/plans/schema";
import type { DeviceState, EnableResult } from "../../core/workspace/controller";
import { describePlans } from "../../core/workspace/views";
import { Lazy } from "../hooks/Lazy";
import { revealOnShow } from "./reveal";
import { WithForms } from "./WithForms";

export type { DeviceState };

const ENABLE_MESSAGES: Record<Exclude<EnableResult, "ok" | "exists">, UiTextKey> = {
  unavailable: "storage.save.unavailable",
  failed: "storage.save.failed",
};

export interface StorageControlsProps {
  device: DeviceState;
  idleLockMinutes: number;
  fileName: string;
  bundle: () => Bundle;
  hasWork: () => boolean;
  /** What replacing would remove, in words. */
  held?: () => string;
  onEnable: (passphrase: string, replace: boolean) => Promise<EnableResult>;
  onLockNow: () => void;
  onDeleteEverything: () => Promise<void>;
  onOpenLocked: () => void;
  onImported: (bundle: Bundle, how: "replace" | "keep-both") => string | null;
  onExported?: (bundle: Bundle) => void;
}

type Panel = "none" | "save" | "export" | "import" | "delete" | "phone";

/** Moving the plans to a phone as moving codes: its code and words load when asked for. */
const loadPhone = withWords(["phone", "forms"], () => import("../phone/PhoneSender"));

/** "Save on this device", "Save a copy", "Open a saved copy", "Lock now", "Delete everything". */
export function StorageControls(props: StorageControlsProps) {
  const [panel, setPanel] = useState<Panel>("none");
  const [notice, setNotice] = useState<string | null>(null);
  /** A plan was already saved when this one tried to turn saving on: the person chooses. */
  const [clash, setClash] = useState<string | null>(null);
  const toggle = (p: Panel) => {
    setNotice(null);
    setClash(null);
    setPanel((current) => (current === p ? "none" : p));
  };
  const { device } = props;
  return (
    <section class="keep" aria-labelledby="keep-title">
      <h2 id="keep-title" class="keep-title">
        {t("storage.keep.title")}
      </h2>
      {device === "unavailable" && <p class="keep-note">{t("storage.keep.unavailable")}</p>}
      {device === "locked" && (
        <p class="keep-note">
          {t("storage.keep.lockedHere")}{" "}
          <button type="button" class="link-button" onClick={props.onOpenLocked}>
            {t("storage.keep.openIt")}
          </button>
        </p>
      )}
      <div class="button-row">
        {device === "off" && (
          <button type="button" class="button" aria-expanded={panel === "save"} onClick={() => toggle("save")}>
            {t("storage.keep.saveOnDevice")}
          </button>
        )}
        {device === "saving" && (
          <button type="button" class="button" onClick={props.onLockNow}>
            {t("storage.keep.lockNow")}
          </button>
        )}
        <button
          type="button"
          class="button button-secondary"
          aria-expanded={panel === "export"}
          onClick={() => toggle("export")}
        >
          {t("storage.keep.saveCopy")}
        </button>
        <button
          type="button"
          class="button button-secondary"
          aria-expanded={panel === "import"}
          onClick={() => toggle("import")}
        >
          {t("storage.keep.openCopy")}
        </button>
        <button
          type="button"
          class="button button-secondary"
          aria-expanded={panel === "phone"}
          onClick={() => toggle("phone")}
        >
          {t("storage.keep.toPhone")}
        </button>
        {device === "saving" && (
          <button
            type="button"
            class="button button-secondary"
            aria-expanded={panel === "delete"}
            onClick={() => toggle("delete")}
          >
            {t("storage.keep.deleteEverything")}
          </button>
        )}
      </div>
      {notice && (
        <p class="keep-note" role="status" tabIndex={-1} ref={revealOnShow} key={notice}>
          {notice}
        </p>
      )}
      {/* What saving and deleting say loads with the forms (the "forms" words): most visits never open them. */}
      {panel === "save" && clash !== null && (
        <WithForms>
          {() => (
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
                    setPanel("none");
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
                    setPanel("none");
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
                    setPanel("none");
                  }}
                >
                  {t("storage.cancel")}
                </button>
              </div>
            </section>
          )}
        </WithForms>
      )}
      {panel === "save" && clash === null && (
        <WithForms>
          {({ PassphraseForm }) => (
            <section class="panel" aria-labelledby="save-title">
              <h3 id="save-title">{t("storage.save.title")}</h3>
              <p>{tCount("storage.save.text", props.idleLockMinutes)}</p>
              <PassphraseForm
                idBase="save"
                mode="new"
                submitLabel={t("storage.saveAndLock")}
                busyLabel={t("storage.locking")}
                onCancel={() => setPanel("none")}
                onSubmit={async (pass) => {
                  const result = await props.onEnable(pass, false);
                  if (result === "exists") {
                    setClash(pass);
                    return null;
                  }
                  if (result !== "ok") return t(ENABLE_MESSAGES[result]);
                  setPanel("none");
                  setNotice(t("storage.savedLocked"));
                  return null;
                }}
              />
            </section>
          )}
        </WithForms>
      )}
      {panel === "delete" && (
        <WithForms>
          {() => (
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
                    setPanel("none");
                    setNotice(t("storage.delete.done"));
                  }}
                >
                  {t("storage.yesDelete")}
                </button>
                <button type="button" class="button button-secondary" onClick={() => setPanel("none")}>
                  {t("storage.noKeep")}
                </button>
              </div>
            </section>
          )}
        </WithForms>
      )}
      {panel === "export" && (
        <WithForms>
          {({ ExportPanel }) => (
            <ExportPanel
              bundle={props.bundle}
              fileName={props.fileName}
              onDone={() => setPanel("none")}
              {...(props.onExported ? { onExported: props.onExported } : {})}
            />
          )}
        </WithForms>
      )}
      {panel === "phone" && (
        <Lazy
          load={loadPhone}
          fallback={<p class="keep-note">{t("storage.opening")}</p>}
          render={({ PhoneSender }) => <PhoneSender own bundle={props.bundle} onDone={() => setPanel("none")} />}
        />
      )}
      {panel === "import" && (
        <WithForms>
          {({ ImportPanel }) => (
            <ImportPanel
              hasWork={props.hasWork}
              onDone={() => setPanel("none")}
              savingOn={device === "saving"}
              {...(props.held ? { held: props.held } : {})}
              onOpened={(bundle, how) => {
                const problem = props.onImported(bundle, how);
                if (problem) return problem;
                setPanel("none");
                const plans = describePlans(bundle.plans);
                setNotice(
                  how === "replace"
                    ? t("storage.import.openedReplace", { plans })
                    : t("storage.import.openedBeside", { plans }),
                );
                return null;
              }}
            />
          )}
        </WithForms>
      )}
    </section>
  );
}

export { whereKeptText } from "./whereKept";
