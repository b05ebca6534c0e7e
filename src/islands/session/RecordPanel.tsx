import { useEffect, useState } from "preact/hooks";
import type { UiTextKey } from "../../core/i18n/keys";
import { t } from "../../core/i18n/runtime";
import { formatDay } from "../../core/plans/dates";
import type { Bundle } from "../../core/plans/schema";
import type { PlanStore } from "../../core/plans/store";
import type { Template } from "../../core/plans/template";
import { childRows, withChild, withField } from "../../core/record/edit";
import { changesSince, nothingChanged, sectionsOf } from "../../core/record/review";
import type { RecordField, RiskOutcome, Scale, WorkerRecord } from "../../core/record/schema";
import { PRIVATE_INPUT } from "../editor/fields/types";
import { PrintFrame } from "../editor/PrintFrame";
import { planLabel } from "./labels";

const OUTCOMES: ReadonlyArray<readonly [RiskOutcome, UiTextKey]> = [
  ["standard", "record.outcome.standard"],
  ["medium", "record.outcome.medium"],
  ["high", "record.outcome.high"],
];
const SCALES: ReadonlyArray<readonly [Scale, UiTextKey, UiTextKey]> = [
  [1, "record.scale.1", "record.guidance.1"],
  [2, "record.scale.2", "record.guidance.2"],
  [3, "record.scale.3", "record.guidance.3"],
  [4, "record.scale.4", "record.guidance.4"],
];
/** Each field's name, as the form labels it (and "what changed" names it). */
const FIELD_NAMES: Record<Exclude<RecordField, "reviewed">, UiTextKey> = {
  agency: "record.agency",
  worker: "record.worker",
  contact: "record.contact",
  sessionDate: "record.sessionDate",
  assessment: "record.assessment",
  outcome: "record.outcome",
  assessmentDate: "record.assessmentDate",
  marac: "record.marac.legend",
  maracDate: "record.maracDate",
  referralCsc: "record.referrals.csc",
  referralEarlyHelp: "record.referrals.earlyHelp",
  referralNotes: "record.referralNotes",
  copiesHeld: "record.copiesHeld",
  nextReview: "record.nextReview",
  consent: "record.consent",
  children: "record.children.legend",
};

type TextField = "agency" | "worker" | "contact" | "assessment" | "referralNotes" | "copiesHeld" | "consent";
type DateField = "sessionDate" | "assessmentDate" | "maracDate" | "nextReview";

/**
 * The worker's own record: what a case file needs, typed in the session and kept beside the
 * plans, in the worker's copy only (copies.ts). Its printout is its own and prints alone.
 */
export function RecordPanel(props: { store: PlanStore; bundle: Bundle; templates: Record<string, Template> }) {
  const { store, bundle } = props;
  const record: WorkerRecord = bundle.record ?? {};
  const [printing, setPrinting] = useState(false);
  const set = <K extends TextField | DateField>(key: K, value: string) =>
    store.setRecord(withField(record, key, value));
  const id = (name: string) => `record-${name}`;

  useEffect(() => {
    if (!printing) return;
    // Let the printout render before the print dialog takes its picture; it goes afterwards.
    const done = () => setPrinting(false);
    window.addEventListener("afterprint", done, { once: true });
    requestAnimationFrame(() => window.print());
    return () => window.removeEventListener("afterprint", done);
  }, [printing]);

  const text = (key: TextField, long = false, hint?: UiTextKey) => (
    <div class="field">
      <label class="field-label" for={id(key)}>
        {t(FIELD_NAMES[key])}
      </label>
      {hint && (
        <p class="field-hint" id={id(`${key}-hint`)}>
          {t(hint)}
        </p>
      )}
      {long ? (
        <textarea
          id={id(key)}
          class="input"
          rows={3}
          maxLength={400}
          {...PRIVATE_INPUT}
          {...(hint ? { "aria-describedby": id(`${key}-hint`) } : {})}
          value={record[key] ?? ""}
          onInput={(e) => set(key, e.currentTarget.value)}
        />
      ) : (
        <input
          id={id(key)}
          class="input"
          type="text"
          maxLength={160}
          {...PRIVATE_INPUT}
          {...(hint ? { "aria-describedby": id(`${key}-hint`) } : {})}
          value={record[key] ?? ""}
          onInput={(e) => set(key, e.currentTarget.value)}
        />
      )}
    </div>
  );
  const date = (key: DateField) => (
    <div class="field">
      <label class="field-label" for={id(key)}>
        {t(FIELD_NAMES[key])}
      </label>
      <input
        id={id(key)}
        class="input input-date"
        type="date"
        value={record[key] ?? ""}
        onInput={(e) => set(key, e.currentTarget.value)}
      />
    </div>
  );

  return (
    <>
      <section class="record no-print" aria-labelledby="record-title">
        <h2 id="record-title">{t("record.title")}</h2>
        <p class="record-whose">{t("record.whose")}</p>
        <Review bundle={bundle} templates={props.templates} nextReview={date("nextReview")} />

        <fieldset class="record-group">
          <legend>{t("record.session.legend")}</legend>
          {text("agency")}
          {text("worker")}
          {text("contact")}
          {date("sessionDate")}
        </fieldset>

        <fieldset class="record-group">
          <legend>{t("record.risk.legend")}</legend>
          {text("assessment", false, "record.assessmentHint")}
          <fieldset class="field">
            <legend class="field-label">{t("record.outcome")}</legend>
            <div class="choices-inline">
              {OUTCOMES.map(([value, key]) => (
                <label class="choice" key={value}>
                  <input
                    type="radio"
                    name="record-outcome"
                    checked={record.outcome === value}
                    onChange={() => store.setRecord(withField(record, "outcome", value))}
                  />
                  <span>{t(key)}</span>
                </label>
              ))}
            </div>
          </fieldset>
          {date("assessmentDate")}
          <fieldset class="field">
            <legend class="field-label">{t("record.marac.legend")}</legend>
            <div class="choices-inline">
              <label class="choice">
                <input
                  type="radio"
                  name="record-marac"
                  checked={record.marac === "made"}
                  onChange={() => store.setRecord(withField(record, "marac", "made"))}
                />
                <span>{t("record.marac.made")}</span>
              </label>
              <label class="choice">
                <input
                  type="radio"
                  name="record-marac"
                  checked={record.marac === "not-made"}
                  onChange={() => store.setRecord(withField(record, "marac", "not-made"))}
                />
                <span>{t("record.marac.notMade")}</span>
              </label>
            </div>
          </fieldset>
          {date("maracDate")}
        </fieldset>

        <fieldset class="record-group">
          <legend>{t("record.children.legend")}</legend>
          {childRows(bundle).length === 0 ? (
            <p>{t("record.children.none")}</p>
          ) : (
            <p class="field-hint">{t("record.children.intro")}</p>
          )}
          {childRows(bundle).map(({ plan, entry }) => (
            <div class="record-child" key={plan.id}>
              <fieldset class="field">
                <legend class="field-label">{t("record.scaleLegend", { plan: planLabel(plan) })}</legend>
                <div class="record-scales">
                  {SCALES.map(([n, label, guidance]) => (
                    <div class={`record-scale${entry?.scale === n ? " record-scale-chosen" : ""}`} key={n}>
                      <label class="choice">
                        <input
                          type="radio"
                          name={`record-scale-${plan.id}`}
                          checked={entry?.scale === n}
                          {...(entry?.scale === n ? { "aria-describedby": `record-guidance-${plan.id}` } : {})}
                          onChange={() => store.setRecord(withChild(record, plan.id, { scale: n }))}
                        />
                        <span>{t(label)}</span>
                      </label>
                      {/* What the chosen scale asks of the worker, beside their choice. */}
                      {entry?.scale === n && (
                        <p class="field-hint record-guidance" id={`record-guidance-${plan.id}`}>
                          {t(guidance)}
                        </p>
                      )}
                    </div>
                  ))}
                </div>
              </fieldset>
              <div class="record-child-row">
                <div class="field">
                  <label class="field-label" for={`record-age-${plan.id}`}>
                    {t("record.childAge")}
                  </label>
                  <input
                    id={`record-age-${plan.id}`}
                    class="input record-age"
                    type="text"
                    maxLength={20}
                    {...PRIVATE_INPUT}
                    value={entry?.age ?? ""}
                    onInput={(e) => store.setRecord(withChild(record, plan.id, { age: e.currentTarget.value }))}
                  />
                </div>
                <div class="field">
                  <label class="field-label" for={`record-school-${plan.id}`}>
                    {t("record.childSchool")}
                  </label>
                  <input
                    id={`record-school-${plan.id}`}
                    class="input"
                    type="text"
                    maxLength={160}
                    {...PRIVATE_INPUT}
                    value={entry?.school ?? ""}
                    onInput={(e) => store.setRecord(withChild(record, plan.id, { school: e.currentTarget.value }))}
                  />
                </div>
              </div>
            </div>
          ))}
        </fieldset>

        <fieldset class="record-group">
          <legend>{t("record.referrals.legend")}</legend>
          <div class="choices-stack">
            <label class="choice">
              <input
                type="checkbox"
                checked={record.referralCsc === true}
                onChange={(e) => store.setRecord(withField(record, "referralCsc", e.currentTarget.checked || ""))}
              />
              <span>{t("record.referrals.csc")}</span>
            </label>
            <label class="choice">
              <input
                type="checkbox"
                checked={record.referralEarlyHelp === true}
                onChange={(e) => store.setRecord(withField(record, "referralEarlyHelp", e.currentTarget.checked || ""))}
              />
              <span>{t("record.referrals.earlyHelp")}</span>
            </label>
          </div>
          {text("referralNotes", true)}
        </fieldset>

        {text("copiesHeld", true)}
        {text("consent", true, "record.consentHint")}
        {!record.reviewed && date("nextReview")}

        <p class="field-hint" id="record-print-hint">
          {t("record.printHint")}
        </p>
        <p>
          <button type="button" class="button" aria-describedby="record-print-hint" onClick={() => setPrinting(true)}>
            {t("record.print")}
          </button>
        </p>
      </section>
      {printing && (
        <div class="print-area" data-target="record">
          <RecordPrint bundle={bundle} />
        </div>
      )}
    </>
  );
}

/** What changed since the last review, and the question of the next one. */
function Review(props: { bundle: Bundle; templates: Record<string, Template>; nextReview: preact.VNode }) {
  const changes = changesSince(props.bundle);
  if (!changes) return null;
  const sep = t("record.review.separator");
  const sectionTitles = (kind: string, fields: string[]) => {
    const template = props.templates[kind];
    if (!template) return "";
    const ids = sectionsOf(template, fields);
    return template.sections
      .filter((s) => ids.includes(s.id))
      .map((s) => s.title)
      .join(sep);
  };
  return (
    <section class="record-review" aria-labelledby="record-review-title">
      <h3 id="record-review-title">{t("record.review.title")}</h3>
      <p>{t("record.review.since", { date: formatDay(changes.since) })}</p>
      {nothingChanged(changes) ? (
        <p>{t("record.review.nothing")}</p>
      ) : (
        <ul>
          {changes.added.map((plan) => (
            <li key={`a-${plan.id}`}>{t("record.review.added", { plan: planLabel(plan) })}</li>
          ))}
          {changes.removed.map((p) => (
            <li key={`r-${p.id}`}>{t("record.review.removed", { plan: planLabel(p) })}</li>
          ))}
          {changes.changed.map(({ plan, fields }) => (
            <li key={`c-${plan.id}`}>
              {t("record.review.changed", { plan: planLabel(plan), sections: sectionTitles(plan.kind, fields) })}
            </li>
          ))}
          {changes.record.length > 0 && (
            <li>
              {t("record.review.recordChanged", {
                fields: changes.record.map((f) => t(FIELD_NAMES[f as keyof typeof FIELD_NAMES])).join(sep),
              })}
            </li>
          )}
        </ul>
      )}
      <p>
        <strong>{t("record.review.askNext")}</strong>
      </p>
      {props.nextReview}
    </section>
  );
}

/** The record alone on paper, headed for a case file: agency, worker, date. */
function RecordPrint({ bundle }: { bundle: Bundle }) {
  const r: WorkerRecord = bundle.record ?? {};
  const none = t("record.print.notRecorded");
  const day = (iso: string | undefined) => (iso ? formatDay(iso) : none);
  const outcome = OUTCOMES.find(([v]) => v === r.outcome)?.[1];
  const yesNo = (v: boolean | undefined) => (v ? t("record.print.yes") : t("record.print.no"));
  const row = (label: UiTextKey, value: string | undefined) => (
    <div class="print-field print-inline">
      <h3>{t(label)}:</h3>
      <p class="print-answer">{value || none}</p>
    </div>
  );
  return (
    <div class="print-view record-print">
      <PrintFrame>
        <h1 class="print-title">{t("record.print.title")}</h1>
        <section class="print-section">
          <h2>{t("record.session.legend")}</h2>
          {row("record.agency", r.agency)}
          {row("record.worker", r.worker)}
          {row("record.contact", r.contact)}
          {row("record.sessionDate", day(r.sessionDate))}
        </section>
        <section class="print-section">
          <h2>{t("record.risk.legend")}</h2>
          {row("record.assessment", r.assessment)}
          {row("record.outcome", outcome ? t(outcome) : undefined)}
          {row("record.assessmentDate", day(r.assessmentDate))}
          {row(
            "record.marac.legend",
            r.marac ? t(r.marac === "made" ? "record.marac.made" : "record.marac.notMade") : undefined,
          )}
          {row("record.maracDate", day(r.maracDate))}
        </section>
        <section class="print-section">
          <h2>{t("record.children.legend")}</h2>
          {childRows(bundle).map(({ plan, entry }) => {
            const scale = SCALES.find(([n]) => n === entry?.scale);
            return (
              <div class="print-field" key={plan.id}>
                <h3>{planLabel(plan)}</h3>
                <p class="print-answer">
                  {scale ? t(scale[1]) : none}. {t("record.childAge")}: {entry?.age || none}. {t("record.childSchool")}:{" "}
                  {entry?.school || none}.
                </p>
              </div>
            );
          })}
        </section>
        <section class="print-section">
          <h2>{t("record.referrals.legend")}</h2>
          {row("record.referrals.csc", yesNo(r.referralCsc))}
          {row("record.referrals.earlyHelp", yesNo(r.referralEarlyHelp))}
          {row("record.referralNotes", r.referralNotes)}
        </section>
        <section class="print-section">
          <h2>{t("record.print.copiesAndReview")}</h2>
          {row("record.copiesHeld", r.copiesHeld)}
          {row("record.consent", r.consent)}
          {row("record.nextReview", day(r.nextReview))}
        </section>
      </PrintFrame>
    </div>
  );
}
