import { useState } from "preact/hooks";
import { t, tList } from "../../core/i18n/runtime";
import type { Bundle, Plan } from "../../core/plans/schema";
import { WithForms } from "../storage/WithForms";
import { planLabel } from "./labels";

/**
 * Handing over: choose plans, then print, a locked file for the person (and a second for your
 * records), or save locked on the person's device. The checklist at the end is only on screen.
 */
export function HandOver(props: {
  bundle: Bundle;
  exportFileName: string;
  onBack: () => void;
  onOpen: (p: Plan) => void;
  onSavedOnDevice: () => void;
  /** A locked file was made of these plans. */
  onExported?: (bundle: Bundle) => void;
}) {
  const { bundle } = props;
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(bundle.plans.map((p) => p.id)));
  const [panel, setPanel] = useState<"none" | "file" | "device">("none");
  const [saved, setSaved] = useState(false);
  /** A plan already saved here is replaced only after the professional has been told once. */
  const [replaceWarned, setReplaceWarned] = useState(false);
  const [confirmed, setConfirmed] = useState<Set<number>>(new Set());
  const confirmations = tList("handover.confirmations");
  const chosenBundle = (): Bundle => ({ ...bundle, plans: bundle.plans.filter((p) => chosen.has(p.id)) });
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  return (
    <section class="handover" aria-labelledby="handover-title">
      <h1 id="handover-title">{t("session.handOver")}</h1>
      <p>{t("handover.intro")}</p>
      <h2>{t("handover.print")}</h2>
      <ul class="household-plans">
        {bundle.plans.map((plan) => (
          <li key={plan.id} class="household-plan">
            <span class="household-name">{planLabel(plan)}</span>
            <button type="button" class="button button-secondary" onClick={() => props.onOpen(plan)}>
              {plan.kind === "child" ? t("handover.printCard") : t("handover.print")}
              <span class="visually-hidden"> {planLabel(plan)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p class="field-hint">{t("handover.printHint")}</p>

      <h2>{t("handover.fileTitle")}</h2>
      <fieldset class="field">
        <legend class="field-label">{t("handover.include")}</legend>
        {bundle.plans.map((plan) => (
          <label class="choice" key={plan.id}>
            <input
              type="checkbox"
              checked={chosen.has(plan.id)}
              onChange={(e) => toggle(plan.id, e.currentTarget.checked)}
            />
            <span>{planLabel(plan)}</span>
          </label>
        ))}
      </fieldset>
      <div class="button-row">
        <button
          type="button"
          class="button"
          disabled={chosen.size === 0}
          aria-expanded={panel === "file"}
          onClick={() => setPanel(panel === "file" ? "none" : "file")}
        >
          {t("handover.makeFile")}
        </button>
        <button
          type="button"
          class="button button-secondary"
          disabled={chosen.size === 0}
          aria-expanded={panel === "device"}
          onClick={() => setPanel(panel === "device" ? "none" : "device")}
        >
          {t("handover.saveDevice")}
        </button>
      </div>
      {panel === "file" && (
        <WithForms>
          {({ ExportPanel }) => (
            <ExportPanel
              bundle={chosenBundle}
              fileName={props.exportFileName}
              forProfessional
              onDone={() => setPanel("none")}
              {...(props.onExported ? { onExported: props.onExported } : {})}
            />
          )}
        </WithForms>
      )}
      {panel === "device" && (
        <section class="panel" aria-labelledby="device-title">
          <h3 id="device-title">{t("handover.deviceTitle")}</h3>
          <p>{t("handover.deviceText")}</p>
          {saved ? (
            <p role="status">{t("storage.savedLocked")}</p>
          ) : (
            <WithForms>
              {({ PassphraseForm }) => (
                <PassphraseForm
                  idBase="handover-device"
                  mode="new"
                  submitLabel={t("storage.saveAndLock")}
                  busyLabel={t("storage.locking")}
                  onSubmit={async (pass) => {
                    // Storage and crypto load only when someone saves.
                    const { openVault } = await import("../../core/storage/open-vault");
                    const vault = await openVault();
                    if (!vault) return t("handover.noStorage");
                    try {
                      // An existing saved plan is replaced only after the professional was told once.
                      const result = await vault.create(pass, chosenBundle(), { replace: replaceWarned });
                      if (!result.ok) {
                        setReplaceWarned(true);
                        return t("handover.alreadySaved");
                      }
                    } catch {
                      return t("handover.saveFailed");
                    }
                    setSaved(true);
                    props.onSavedOnDevice();
                    return null;
                  }}
                />
              )}
            </WithForms>
          )}
        </section>
      )}

      <h2>{t("handover.finishTitle")}</h2>
      <fieldset class="field">
        <legend class="field-label">{t("handover.handedOver")}</legend>
        {confirmations.map((text, i) => (
          <label class="choice" key={text}>
            <input
              type="checkbox"
              checked={confirmed.has(i)}
              onChange={(e) => {
                const next = new Set(confirmed);
                if (e.currentTarget.checked) next.add(i);
                else next.delete(i);
                setConfirmed(next);
              }}
            />
            <span>{text}</span>
          </label>
        ))}
      </fieldset>
      <p role="status">{t("handover.checked", { done: confirmed.size, total: confirmations.length })}</p>
      <p>
        <button type="button" class="link-button" onClick={props.onBack}>
          {t("session.backToHousehold")}
        </button>
      </p>
    </section>
  );
}
