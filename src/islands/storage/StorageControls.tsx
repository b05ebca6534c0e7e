import { useState } from "preact/hooks";
import type { Bundle } from "../../core/plans/schema";
import { ExportPanel } from "./ExportPanel";
import { ImportPanel } from "./ImportPanel";
import { PassphraseForm } from "./PassphraseForm";

export type DeviceState = "checking" | "unavailable" | "off" | "locked-elsewhere" | "saving";

export interface StorageControlsProps {
  device: DeviceState;
  idleLockMinutes: number;
  fileName: string;
  bundle: () => Bundle;
  hasWork: () => boolean;
  onEnable: (passphrase: string) => Promise<string | null>;
  onLockNow: () => void;
  onDeleteEverything: () => Promise<void>;
  onOpenLocked: () => void;
  onImported: (bundle: Bundle, how: "replace" | "keep-both") => string | null;
}

type Panel = "none" | "save" | "export" | "import" | "delete";

/** "Save on this device", "Save a copy", "Open a saved copy", "Lock now", "Delete everything". */
export function StorageControls(props: StorageControlsProps) {
  const [panel, setPanel] = useState<Panel>("none");
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = (p: Panel) => {
    setNotice(null);
    setPanel((current) => (current === p ? "none" : p));
  };
  const { device } = props;
  return (
    <section class="keep" aria-labelledby="keep-title">
      <h2 id="keep-title" class="keep-title">
        Keep your plan
      </h2>
      {device === "unavailable" && (
        <p class="keep-note">
          This browser does not let sites save on the device (some private windows block it). You can still write your
          plan here, print it, or save a locked copy as a file.
        </p>
      )}
      {device === "locked-elsewhere" && (
        <p class="keep-note">
          A locked plan is already saved on this device.{" "}
          <button type="button" class="link-button" onClick={props.onOpenLocked}>
            Open it
          </button>
        </p>
      )}
      <div class="button-row">
        {device === "off" && (
          <button type="button" class="button" aria-expanded={panel === "save"} onClick={() => toggle("save")}>
            Save on this device
          </button>
        )}
        {device === "saving" && (
          <button type="button" class="button" onClick={props.onLockNow}>
            Lock now
          </button>
        )}
        <button
          type="button"
          class="button button-secondary"
          aria-expanded={panel === "export"}
          onClick={() => toggle("export")}
        >
          Save a copy
        </button>
        <button
          type="button"
          class="button button-secondary"
          aria-expanded={panel === "import"}
          onClick={() => toggle("import")}
        >
          Open a saved copy
        </button>
        {device === "saving" && (
          <button
            type="button"
            class="button button-secondary"
            aria-expanded={panel === "delete"}
            onClick={() => toggle("delete")}
          >
            Delete everything on this device
          </button>
        )}
      </div>
      {notice && (
        <p class="keep-note" role="status">
          {notice}
        </p>
      )}
      {panel === "save" && (
        <section class="panel" aria-labelledby="save-title">
          <h3 id="save-title">Save on this device, locked</h3>
          <p>
            Your plan will be locked with a passphrase and kept in this browser. Each change saves itself. It locks
            itself after {props.idleLockMinutes} minutes without use, when you use Exit, and when you choose "Lock now".
            Anyone who uses this device could see that something is saved, but not read it.
          </p>
          <PassphraseForm
            idBase="save"
            mode="new"
            submitLabel="Save and lock"
            busyLabel="Locking…"
            onCancel={() => setPanel("none")}
            onSubmit={async (pass) => {
              const error = await props.onEnable(pass);
              if (!error) {
                setPanel("none");
                setNotice("Saved and locked on this device.");
              }
              return error;
            }}
          />
        </section>
      )}
      {panel === "delete" && (
        <section class="confirm panel" aria-labelledby="delete-title">
          <p id="delete-title">
            <strong>Delete everything saved on this device?</strong> The plan on this screen is cleared too. This cannot
            be undone. Copies saved as files are not affected.
          </p>
          <div class="button-row">
            <button
              type="button"
              class="button button-danger"
              onClick={async () => {
                await props.onDeleteEverything();
                setPanel("none");
                setNotice("Everything saved on this device has been deleted.");
              }}
            >
              Yes, delete everything
            </button>
            <button type="button" class="button button-secondary" onClick={() => setPanel("none")}>
              No, keep it
            </button>
          </div>
        </section>
      )}
      {panel === "export" && (
        <ExportPanel bundle={props.bundle} fileName={props.fileName} onDone={() => setPanel("none")} />
      )}
      {panel === "import" && (
        <ImportPanel
          hasWork={props.hasWork}
          onDone={() => setPanel("none")}
          savingOn={device === "saving"}
          onOpened={(bundle, how) => {
            const problem = props.onImported(bundle, how);
            if (problem) return problem;
            setPanel("none");
            setNotice(how === "replace" ? "The saved copy is open." : "The saved copy is open, beside your own plan.");
            return null;
          }}
        />
      )}
    </section>
  );
}

export function whereKeptText(device: DeviceState, idleLockMinutes: number): preact.ComponentChildren {
  if (device === "saving") {
    return (
      <>
        <strong>Saved and locked on this device.</strong> Changes save as you type. It locks itself after{" "}
        {idleLockMinutes} minutes without use, and when you use Exit.
      </>
    );
  }
  return (
    <>
      <strong>Kept only on this screen.</strong> Leaving or reloading this page, or using Exit, clears it.
    </>
  );
}
