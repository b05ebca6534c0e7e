import { useState } from "preact/hooks";
import type { Bundle, Plan } from "../../core/plans/schema";
import { WithForms } from "../storage/WithForms";
import { planLabel } from "./labels";

const CONFIRMATIONS = [
  "Each child has only the card of phone numbers, or nothing written at all",
  "The person has their locked file, or their printed plan",
  "The passphrase was told out loud, and not written with the file",
  "My own copy is in my organisation's records",
  "The person knows where Exit this page is, and how to leave quickly",
  "We agreed when to review the plans",
] as const;

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
  const chosenBundle = (): Bundle => ({ ...bundle, plans: bundle.plans.filter((p) => chosen.has(p.id)) });
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  return (
    <section class="handover" aria-labelledby="handover-title">
      <h1 id="handover-title">Hand over</h1>
      <p>
        Choose what is safest for this family. Printing for a child means a card of phone numbers only. Nothing here is
        stored.
      </p>
      <h2>Print</h2>
      <ul class="household-plans">
        {bundle.plans.map((plan) => (
          <li key={plan.id} class="household-plan">
            <span class="household-name">{planLabel(plan)}</span>
            <button type="button" class="button button-secondary" onClick={() => props.onOpen(plan)}>
              {plan.kind === "child" ? "Print the phone card" : "Print"}
              <span class="visually-hidden"> {planLabel(plan)}</span>
            </button>
          </li>
        ))}
      </ul>
      <p class="field-hint">Opens the plan; its print options are at the end of the page.</p>

      <h2>Locked file, or save on the person's device</h2>
      <fieldset class="field">
        <legend class="field-label">Plans to include</legend>
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
          Make a locked file
        </button>
        <button
          type="button"
          class="button button-secondary"
          disabled={chosen.size === 0}
          aria-expanded={panel === "device"}
          onClick={() => setPanel(panel === "device" ? "none" : "device")}
        >
          Save locked on this device (the person's own)
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
          <h3 id="device-title">Save locked on the person's own device</h3>
          <p>
            Only if this is the person's own device, and safe for them to keep it on. They choose the passphrase. It
            locks itself after a few minutes without use. Ending the session will ask whether to keep it.
          </p>
          {saved ? (
            <p role="status">Saved and locked on this device.</p>
          ) : (
            <WithForms>
              {({ PassphraseForm }) => (
                <PassphraseForm
                  idBase="handover-device"
                  mode="new"
                  submitLabel="Save and lock"
                  busyLabel="Locking…"
                  onSubmit={async (pass) => {
                    // Storage and crypto load only when someone saves.
                    const { openVault } = await import("../../core/storage/open-vault");
                    const vault = await openVault();
                    if (!vault)
                      return "This browser does not let sites save on the device. Make a locked file instead.";
                    try {
                      // An existing saved plan is replaced only after the professional was told once.
                      const result = await vault.create(pass, chosenBundle(), { replace: replaceWarned });
                      if (!result.ok) {
                        setReplaceWarned(true);
                        return "A locked plan is already saved on this device. Saving now replaces it. To go ahead, choose Save and lock again.";
                      }
                    } catch {
                      return "This browser would not let us save. Make a locked file instead.";
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

      <h2>Before you finish</h2>
      <fieldset class="field">
        <legend class="field-label">What has been handed over (ticks are not saved)</legend>
        {CONFIRMATIONS.map((text, i) => (
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
      <p role="status">
        {confirmed.size} of {CONFIRMATIONS.length} checked.
      </p>
      <p>
        <button type="button" class="link-button" onClick={props.onBack}>
          Back to the household
        </button>
      </p>
    </section>
  );
}
