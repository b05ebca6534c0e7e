import { useState } from "preact/hooks";
import { t, tList, withWords } from "../../core/i18n/runtime";
import { today } from "../../core/plans/dates";
import type { Bundle, Plan } from "../../core/plans/schema";
import { stampReview } from "../../core/record/review";
import {
  familyCopy,
  firstChoice,
  inFamilyCopy,
  needsAgreement,
  recordsCopy,
  setInFamilyCopy,
} from "../../core/workspace/copies";
import { focusLater } from "../hooks/focusBack";
import { Lazy } from "../hooks/Lazy";
import { revealOnShow } from "../storage/reveal";
import { WithForms } from "../storage/WithForms";
import { planLabel } from "./labels";

/** The codes for a phone load, with their words, only when someone asks for them. */
export const loadPhone = withWords(["phone", "forms"], () => import("../phone/PhoneSender"));

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
  const [choice, setChoice] = useState(firstChoice);
  /** The young person's plan whose tick waits for the answer to the question. */
  const [asking, setAsking] = useState<Plan | null>(null);
  const [panel, setPanel] = useState<"none" | "file" | "device" | "phone">("none");
  const [saved, setSaved] = useState(false);
  /** A plan already saved here is replaced only after the professional has been told once. */
  const [replaceWarned, setReplaceWarned] = useState(false);
  const [confirmed, setConfirmed] = useState<Set<number>>(new Set());
  const confirmations = tList("handover.confirmations");
  const chosenBundle = (): Bundle => familyCopy(bundle, choice);
  // While the question about a young person's plan waits, nothing is made: a copy made then
  // would leave the plan out with the question still showing, and no word of it.
  const cannotMake = chosenBundle().plans.length === 0 || asking !== null;
  const toggle = (plan: Plan, on: boolean) => {
    // A young person's plan is ticked only by answering "Yes" to the question below.
    if (on && needsAgreement(plan)) setAsking(plan);
    else setChoice(setInFamilyCopy(choice, plan, on));
  };
  /** The question goes; the keyboard is back on the plan's tick. */
  const answered = (plan: Plan) => {
    setAsking(null);
    focusLater(`include-${plan.id}`);
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
              <span class="visually-hidden">{` ${planLabel(plan)}`}</span>
            </button>
          </li>
        ))}
      </ul>
      <p class="field-hint">{t("handover.printHint")}</p>

      <h2>{t("handover.fileTitle")}</h2>
      <fieldset class="field">
        <legend class="field-label">{t("handover.include")}</legend>
        {bundle.plans.some(needsAgreement) && <p class="field-hint">{t("handover.includeHint")}</p>}
        {bundle.plans.map((plan) => (
          <label class="choice" key={plan.id}>
            <input
              type="checkbox"
              id={`include-${plan.id}`}
              checked={inFamilyCopy(choice, plan)}
              onChange={(e) => toggle(plan, e.currentTarget.checked)}
            />
            <span>{planLabel(plan)}</span>
          </label>
        ))}
      </fieldset>
      {asking && (
        <section class="confirm" aria-labelledby="ask-agreed-title" key={asking.id}>
          <p id="ask-agreed-title" tabIndex={-1} ref={revealOnShow}>
            <strong>{t("handover.ask.question", { plan: planLabel(asking) })}</strong> {t("handover.ask.why")}
          </p>
          <div class="button-row">
            <button
              type="button"
              class="button"
              onClick={() => {
                setChoice(setInFamilyCopy(choice, asking, true, true));
                answered(asking);
              }}
            >
              {t("handover.ask.yes")}
            </button>
            <button type="button" class="button button-secondary" onClick={() => answered(asking)}>
              {t("handover.ask.no")}
            </button>
          </div>
        </section>
      )}
      <div class="button-row">
        <button
          type="button"
          class="button"
          disabled={cannotMake}
          aria-expanded={panel === "file"}
          onClick={() => setPanel(panel === "file" ? "none" : "file")}
        >
          {t("handover.makeFile")}
        </button>
        <button
          type="button"
          class="button button-secondary"
          disabled={cannotMake}
          aria-expanded={panel === "device"}
          onClick={() => setPanel(panel === "device" ? "none" : "device")}
        >
          {t("handover.saveDevice")}
        </button>
        <button
          type="button"
          class="button button-secondary"
          disabled={cannotMake}
          aria-expanded={panel === "phone"}
          onClick={() => setPanel(panel === "phone" ? "none" : "phone")}
        >
          {t("handover.toPhone")}
        </button>
      </div>
      {panel === "phone" && (
        <Lazy
          load={loadPhone}
          fallback={<p class="keep-note">{t("storage.opening")}</p>}
          render={({ PhoneSender }) => <PhoneSender bundle={chosenBundle} onDone={() => setPanel("none")} />}
        />
      )}
      {panel === "file" && (
        <WithForms>
          {({ ExportPanel }) => (
            <ExportPanel
              bundle={chosenBundle}
              // The worker's copy keeps a snapshot of itself, for the next review to compare with.
              recordsBundle={() => stampReview(recordsCopy(bundle, choice), today())}
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
