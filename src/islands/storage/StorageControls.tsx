import { useRef, useState } from "preact/hooks";
import { t, withWords } from "../../core/i18n/runtime";
import type { Bundle } from "../../core/plans/schema";
import type { DeviceState, EnableResult } from "../../core/workspace/controller";
import { focusIfFellLater } from "../hooks/focusBack";
import { Lazy } from "../hooks/Lazy";
import { revealOnShow } from "./reveal";
import { WithForms } from "./WithForms";

export type { DeviceState };

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
  // Each panel's button, to take focus back when the panel closes under it (Cancel, Close).
  const buttons = useRef<Partial<Record<Panel, HTMLButtonElement | null>>>({});
  const mine = (p: Panel) => (el: HTMLButtonElement | null) => {
    buttons.current[p] = el;
  };
  // Opens its panel, or closes it pressed again, saying which to assistive technology.
  const panelButton = (p: Panel, label: string, look = "button button-secondary") => (
    <button type="button" class={look} aria-expanded={panel === p} ref={mine(p)} onClick={() => toggle(p)}>
      {label}
    </button>
  );
  const close = () => {
    const was = panel;
    setPanel("none");
    focusIfFellLater(() => buttons.current[was]);
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
        {device === "off" && panelButton("save", t("storage.keep.saveOnDevice"), "button")}
        {device === "saving" && (
          <button type="button" class="button" onClick={props.onLockNow}>
            {t("storage.keep.lockNow")}
          </button>
        )}
        {panelButton("export", t("storage.keep.saveCopy"))}
        {panelButton("import", t("storage.keep.openCopy"))}
        {panelButton("phone", t("storage.keep.toPhone"))}
        {device === "saving" && panelButton("delete", t("storage.keep.deleteEverything"))}
      </div>
      {notice && (
        <p class="keep-note" role="status" tabIndex={-1} ref={revealOnShow} key={notice}>
          {notice}
        </p>
      )}
      {/* The panels (and what saving and deleting say) load with the forms: most visits never open them. */}
      {panel === "phone" ? (
        <Lazy
          load={loadPhone}
          fallback={<p class="keep-note">{t("storage.opening")}</p>}
          render={({ PhoneSender }) => <PhoneSender own bundle={props.bundle} onDone={close} />}
        />
      ) : (
        panel !== "none" && (
          <WithForms>
            {({ KeepPanel }) => (
              <KeepPanel
                {...props}
                panel={panel}
                clash={clash}
                setClash={setClash}
                close={close}
                setNotice={setNotice}
              />
            )}
          </WithForms>
        )
      )}
    </section>
  );
}

export { whereKeptText } from "./whereKept";
