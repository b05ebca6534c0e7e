import { useState } from "preact/hooks";
import type { Bundle } from "../../core/plans/schema";
import type { DeviceState, EnableResult } from "../../core/workspace/controller";
import { describePlans } from "../../core/workspace/views";
import { WithForms } from "./WithForms";

export type { DeviceState };

const ENABLE_MESSAGES: Record<Exclude<EnableResult, "ok" | "exists">, string> = {
  unavailable:
    "This browser does not let sites save on the device (some private windows block it). Your plan is still here. You can save a locked copy as a file instead.",
  failed:
    "This browser would not let us save. Your plan is still here on screen. You could save a copy as a file instead.",
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

type Panel = "none" | "save" | "export" | "import" | "delete";

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
        Keep your plan
      </h2>
      {device === "unavailable" && (
        <p class="keep-note">
          This browser does not let sites save on the device (some private windows block it). You can still write your
          plan here, print it, or save a locked copy as a file.
        </p>
      )}
      {device === "locked" && (
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
      {panel === "save" && clash !== null && (
        <section class="confirm panel" aria-labelledby="clash-title">
          <p id="clash-title">
            <strong>A plan is already saved on this device, locked.</strong> Nothing has been replaced, and what is on
            this screen is still here. You can open the saved plan (what is on screen is kept beside it), or replace the
            saved plan with what is on screen.
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
              Open the saved plan
            </button>
            <button
              type="button"
              class="button button-danger"
              onClick={async () => {
                const result = await props.onEnable(clash, true);
                setClash(null);
                setPanel("none");
                setNotice(result === "ok" ? "Saved and locked on this device, in place of the earlier plan." : null);
              }}
            >
              Replace the saved plan (it is deleted)
            </button>
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                setClash(null);
                setPanel("none");
              }}
            >
              Cancel
            </button>
          </div>
        </section>
      )}
      {panel === "save" && clash === null && (
        <section class="panel" aria-labelledby="save-title">
          <h3 id="save-title">Save on this device, locked</h3>
          <p>
            Your plan will be locked with a passphrase and kept in this browser. Each change saves itself. It locks
            itself after {props.idleLockMinutes} minutes without use, when you use Exit, and when you choose "Lock now".
            Anyone who uses this device could see that something is saved, but not read it.
          </p>
          <WithForms>
            {({ PassphraseForm }) => (
              <PassphraseForm
                idBase="save"
                mode="new"
                submitLabel="Save and lock"
                busyLabel="Locking…"
                onCancel={() => setPanel("none")}
                onSubmit={async (pass) => {
                  const result = await props.onEnable(pass, false);
                  if (result === "exists") {
                    setClash(pass);
                    return null;
                  }
                  if (result !== "ok") return ENABLE_MESSAGES[result];
                  setPanel("none");
                  setNotice("Saved and locked on this device.");
                  return null;
                }}
              />
            )}
          </WithForms>
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
                const held = describePlans(bundle.plans);
                setNotice(
                  how === "replace"
                    ? `The saved copy is open: ${held}. Use “Your plans” at the top to move between them.`
                    : `The saved copy is open beside what you had: ${held}. Use “Your plans” at the top to move between them.`,
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
