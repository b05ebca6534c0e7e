import { useRef, useState } from "preact/hooks";
import { t, withWords } from "../../core/i18n/runtime";
import { focusIfFellLater } from "../hooks/focusBack";
import { Lazy } from "../hooks/Lazy";
import type { PanelName } from "./Panels";

export const loadPanels = withWords("tailoring", () => import("./Panels"));

/**
 * At the top of an adult's plan: the offer to shape the plan (once, until it is taken up or put
 * off for this visit), the offer to check the device before anything is typed, and the quick
 * tools. Only these few words come with the page; the screens behind them load when opened.
 */
export function TailoringBar(props: {
  /** Nothing typed in the plan yet: the device check is offered first. */
  blank: boolean;
  /** The person has answered "what applies" or "what matters": the offer has been taken up. */
  started: boolean;
  onStart: () => void;
}) {
  const [putOff, setPutOff] = useState(false);
  const [panel, setPanel] = useState<PanelName | undefined>();
  const tools = useRef<HTMLElement>(null);
  return (
    <div class="tailor-bar">
      {props.blank && (
        <div class="callout tailor-offer">
          <p>{t("editor.tailor.deviceFirst")}</p>
          <p>
            <button type="button" class="button button-secondary" onClick={() => setPanel("device")}>
              {t("editor.tailor.device")}
            </button>
          </p>
        </div>
      )}
      {!props.started && !putOff && (
        <div class="callout tailor-offer">
          <h2 class="tailor-offer-title">{t("editor.tailor.title")}</h2>
          <p>{t("editor.tailor.text")}</p>
          <p>
            <button type="button" class="button" onClick={props.onStart}>
              {t("editor.tailor.start")}
            </button>{" "}
            <button
              type="button"
              class="button button-secondary"
              onClick={() => {
                setPutOff(true);
                // The offer goes with the button: the keyboard carries on at the tools after it.
                focusIfFellLater(() => tools.current?.querySelector("button"));
              }}
            >
              {t("editor.tailor.notNow")}
            </button>
          </p>
        </div>
      )}
      <nav class="tailor-tools" aria-label={t("editor.tailor.label")} ref={tools}>
        <button type="button" class="button button-secondary" onClick={() => setPanel("go-now")}>
          {t("editor.tailor.goNow")}
        </button>
        <button type="button" class="button button-secondary" onClick={() => setPanel("signs")}>
          {t("editor.tailor.signs")}
        </button>
        {!props.blank && (
          <button type="button" class="button button-secondary" onClick={() => setPanel("device")}>
            {t("editor.tailor.device")}
          </button>
        )}
      </nav>
      {panel && (
        <Lazy
          load={loadPanels}
          render={({ TailoringPanel }) => <TailoringPanel panel={panel} onClose={() => setPanel(undefined)} />}
        />
      )}
    </div>
  );
}
