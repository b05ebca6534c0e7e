import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import { hasUiPart, t, withWords } from "../../core/i18n/runtime";
import { allFields } from "../../core/plans/answers";
import { today } from "../../core/plans/dates";
import type { Answer } from "../../core/plans/schema";
import { createPlanStore, type PlanStore } from "../../core/plans/store";
import type { Template } from "../../core/plans/template";
import { formatDate } from "../../core/print/dates";
import { AsBuilt } from "../boot/AsBuilt";
import { loaded, preload } from "../hooks/Lazy";
import { useInTurn } from "../hooks/useInTurn";
import { useOnDemand } from "../hooks/useOnDemand";
import { useQuickExit } from "../hooks/useQuickExit";
import { useReadyMark } from "../hooks/useReadyMark";
import { TailoringContext } from "../tailoring/context";
import type { TailoringParts } from "../tailoring/parts";
import { loadChecklist } from "./fields/FieldView";
import type { FieldProps } from "./fields/types";
import type { NumberEntry } from "./NumbersBlock";
import type { PhoneCardProps } from "./PhoneCard";
import { PrintControls, type PrintPolicy, type PrintTarget } from "./PrintControls";
import { type PrintOptions, PrintView } from "./PrintView";
import { ReviewNotice } from "./Review";
import { SectionView } from "./SectionView";
import { useBundle } from "./useStore";
import "./editor.css";

/** The words of a plan's review note and log: most plans have neither (the session carries them). */
const loadReviewWords = withWords("review", async () => true as const);

/** The adult plan's tailored answers (src/core/tailoring/), by field id. */
const TAILORED_FIELDS = ["situation", "priorities", "strategies"] as const;

export interface PlanEditorProps {
  template: Template;
  numbers: readonly NumberEntry[];
  /** Share a store with other islands (storage, session); otherwise the editor makes its own. */
  store?: PlanStore;
  planId?: string;
  /** Show professionals' "questions to ask". */
  showAsk?: boolean;
  renderDrawing?: (p: FieldProps) => preact.VNode;
  /** Replaces the "kept only on this screen" line, for islands that store plans. */
  whereKept?: preact.ComponentChildren;
  /** Saving and copies, shown under that line. */
  storage?: preact.ComponentChildren;
  /** Called when the person picks another plan of this kind (after "keep both"). */
  onPlanChange?: (planId: string) => void;
  /** What may be printed. Children keep only a card of numbers. */
  printPolicy?: PrintPolicy;
  /**
   * The card of names and numbers, where the policy prints one: given by the workspace, which
   * bundles it with the young person's and child's pages and loads it before opening their plans
   * elsewhere (the adult's pages never need its code and pictures).
   */
  Card?: preact.ComponentType<PhoneCardProps>;
  /** The adult's plan's tailored parts, given the same way (../tailoring/parts.ts). */
  tailoring?: TailoringParts;
  /** A different layout for the sections (one step per screen, for children). */
  renderSteps?: (ctx: StepsContext) => preact.VNode;
  /** Shown above the sections, e.g. a link to practise. */
  extra?: preact.ComponentChildren;
  /** Shown at the end of a section, by section id (links to the plans it relates to). Keep it stable. */
  sectionFooters?: Readonly<Record<string, preact.ComponentChildren>>;
}

/** What a steps layout needs to show a template's sections its own way. */
export interface StepsContext {
  template: Template;
  values: (sectionIndex: number) => readonly (Answer | undefined)[];
  onChange: (fieldId: string, value: Answer | undefined) => void;
  idBase: string;
  numbers: readonly NumberEntry[];
  renderDrawing?: (p: FieldProps) => preact.VNode;
  showAsk: boolean;
}

/**
 * One editor for every plan: it renders whatever template it is given. Every question is
 * optional, sections open in any order, and nothing is kept beyond this page's memory.
 */
export default function PlanEditor(props: PlanEditorProps) {
  const { template, numbers } = props;
  const store = useMemo(() => props.store ?? createPlanStore(), [props.store]);
  const bundle = useBundle(store);
  const plan =
    (props.planId ? bundle.plans.find((p) => p.id === props.planId) : undefined) ??
    bundle.plans.find((p) => p.kind === template.kind);
  const idBase = `p-${template.kind}`;
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const [printOptions, setPrintOptions] = useState<PrintOptions>({ skipEmpty: false, aboutMe: false });
  const printPolicy = props.printPolicy ?? { full: "allowed", card: false };
  // What the browser's own Print prints: the plan, or a child's card when that is all there is.
  const [printTarget, setPrintTarget] = useState<PrintTarget>(printPolicy.full === "hidden" ? "card" : "full");

  // Ready once a checklist's code, when the plan has one, is here to type into (FieldView): at
  // once where the page bundles it (the list's own page), with no second render to wait for.
  const [checklistHere, setChecklistHere] = useState(
    () => loaded.has(loadChecklist) || !template.sections.some((sec) => sec.fields.some((f) => f.type === "checklist")),
  );
  // Asked for as the editor first renders, not in an effect: an effect runs only after the next
  // frame, and on the list of things to take the page is not usable until this code is here.
  const [checklistCode] = useState(() => (checklistHere ? undefined : preload(loadChecklist)));
  useEffect(() => {
    void checklistCode?.then(() => setChecklistHere(true));
  }, []);
  // A plan with a review due, or reviews done, shows a note or a log: their words come then.
  const reviewWords = useOnDemand(
    !!plan && (!!plan.reviews?.length || (plan.reviewDate !== undefined && plan.reviewDate <= today())),
    loadReviewWords,
    hasUiPart("review") || undefined,
  );
  const mark = useReadyMark<HTMLDivElement>(checklistHere);
  // A shared store belongs to the island that passed it in, which handles the exit itself.
  useQuickExit(() => !props.store && store.clear());
  const sameKind = bundle.plans.filter((p) => p.kind === template.kind);

  const planId = plan?.id;
  // The review date lives on the plan itself, not among its answers.
  const reviewFieldIds = useMemo(
    () => new Set(allFields(template).flatMap(({ field }) => (field.type === "reviewDate" ? [field.id] : []))),
    [template],
  );
  const onChange = useCallback(
    (fieldId: string, value: Answer | undefined) => {
      const id = planId ?? store.ensure(template.kind).id;
      if (reviewFieldIds.has(fieldId)) store.update(id, { reviewDate: typeof value === "string" ? value : undefined });
      else store.change(id, fieldId, value);
    },
    [planId, store, template.kind, reviewFieldIds],
  );
  const toggles = useMemo(
    () =>
      Object.fromEntries(
        template.sections.map((s) => [s.id, (o: boolean) => setOpen((prev) => ({ ...prev, [s.id]: o }))]),
      ),
    [template],
  );
  // Closed sections' bodies join the page one at a time once it is ready (useInTurn), so a slow
  // phone parses and hydrates only the first screen. One opened before the code ran (a <details>
  // opens without it) is found here and filled at once.
  const withBody = useInTurn(props.renderSteps ? 0 : template.sections.length);
  useEffect(() => {
    const openAlready = template.sections.filter(
      (s) => (document.getElementById(`${idBase}-${s.id}`) as HTMLDetailsElement | null)?.open,
    );
    if (openAlready.length > 0)
      setOpen((prev) => ({ ...prev, ...Object.fromEntries(openAlready.map((s) => [s.id, true])) }));
  }, [template]);
  const openSection = (id: string) => {
    setOpen((prev) => ({ ...prev, [id]: true }));
    requestAnimationFrame(() => {
      const el = document.getElementById(`${idBase}-${id}`);
      el?.querySelector("summary")?.focus();
      el?.scrollIntoView({ block: "start" });
    });
  };

  const answers = plan?.answers ?? {};
  const tailored = TAILORED_FIELDS.some((id) => answers[id] !== undefined);
  // A plan with tailored answers (typed here, unlocked or opened from a file) brings the
  // library's words at once, so its printout can name the kept ideas whenever it is printed.
  useEffect(() => {
    if (tailored && props.tailoring) preload(props.tailoring.loadPrintAbout);
  }, [tailored]);
  const tailoring = useMemo(
    () => ({ answers, plans: bundle.plans, numbers, openSection }),
    [answers, bundle.plans, numbers],
  );
  const sectionValues = (section: Template["sections"][number]) =>
    section.fields.map((f) => (f.type === "reviewDate" ? (plan?.reviewDate as Answer | undefined) : answers[f.id]));
  return (
    // data-ready tells tests (and styles) that the island has hydrated.
    <TailoringContext.Provider value={tailoring}>
      <div class="plan-editor" ref={mark.ref} data-ready={mark.ready}>
        <div class="editor-screen">
          <h1>{template.title}</h1>
          <p class="lead">{template.intro[0]}</p>
          {template.intro.length > 1 && (
            <details class="intro-more">
              <summary>{t("editor.moreAbout")}</summary>
              {template.intro.slice(1).map((p) => (
                <p key={p}>{p}</p>
              ))}
            </details>
          )}
          <p class="where-kept" role="note">
            {props.whereKept ?? (
              <>
                <strong>{t("editor.keptOnScreen.title")}</strong>
                {` ${t("editor.keptOnScreen.text")}`}
              </>
            )}
          </p>
          {!props.renderSteps && props.storage}
          {reviewWords.value && (
            <ReviewNotice
              template={template}
              plan={plan}
              onReviewed={() => {
                if (!plan) return;
                store.update(plan.id, {
                  reviews: [...(plan.reviews ?? []), today()].slice(-100),
                  reviewDate: undefined,
                });
              }}
            />
          )}
          {sameKind.length > 1 && props.onPlanChange && (
            <div class="field plan-switch">
              <label class="field-label" for={`${idBase}-which`}>
                {t("editor.whichPlan")}
              </label>
              <select
                id={`${idBase}-which`}
                class="input"
                value={plan?.id}
                onChange={(e) => props.onPlanChange?.(e.currentTarget.value)}
              >
                {sameKind.map((p, i) => (
                  <option value={p.id} key={p.id}>
                    {t("editor.planOption", {
                      name: p.label ? p.label : t("editor.planNumber", { n: i + 1 }),
                      date: formatDate(p.updatedAt.slice(0, 10)),
                    })}
                  </option>
                ))}
              </select>
            </div>
          )}
          {props.extra}
          {template.kind === "adult" && !props.renderSteps && props.tailoring && (
            <props.tailoring.Bar
              blank={Object.keys(answers).length === 0}
              started={answers.situation !== undefined || answers.priorities !== undefined}
              onStart={() => openSection("what-applies")}
            />
          )}
          {props.renderSteps ? (
            props.renderSteps({
              template,
              values: (i) => {
                const section = template.sections[i];
                return section ? sectionValues(section) : [];
              },
              onChange,
              idBase,
              numbers,
              showAsk: props.showAsk ?? false,
              ...(props.renderDrawing ? { renderDrawing: props.renderDrawing } : {}),
            })
          ) : (
            <>
              <nav class="section-index" aria-label={t("editor.sections.label")}>
                <h2 class="section-index-title">{t("editor.sections.title")}</h2>
                <ul>
                  {template.sections.map((s) => (
                    <li key={s.id}>
                      <button type="button" class="link-button" onClick={() => openSection(s.id)}>
                        {s.title}
                      </button>
                    </li>
                  ))}
                </ul>
              </nav>
              {template.sections.map((section, index) => (
                <SectionView
                  key={section.id}
                  section={section}
                  values={sectionValues(section)}
                  onChange={onChange}
                  idBase={idBase}
                  numbers={numbers}
                  open={open[section.id] ?? false}
                  body={index < withBody}
                  onToggle={toggles[section.id] ?? (() => {})}
                  showAsk={props.showAsk ?? false}
                  footer={props.sectionFooters?.[section.id]}
                  {...(props.renderDrawing ? { renderDrawing: props.renderDrawing } : {})}
                />
              ))}
            </>
          )}
          {/* A child's steps come first; saving and copies are for the adult, after them. */}
          {props.renderSteps && props.storage}
          <PrintControls
            template={template}
            options={printOptions}
            onOptions={setPrintOptions}
            idBase={idBase}
            policy={printPolicy}
            onPrint={setPrintTarget}
            numbers={numbers}
          />
        </div>
        {/* The printout is rendered with the page (at build time, then kept current), never
          loaded later: printing from the browser's menu presses no key in the page, and the
          paper must be the plan on the first try, an empty one included. Hydration leaves the
          built printout as it is (AsBuilt), so it does not hold up the first screen. */}
        <AsBuilt class="print-area" data-target={printTarget}>
          {printPolicy.full !== "hidden" && (
            <PrintView
              template={template}
              plan={plan}
              options={printOptions}
              numbers={numbers}
              {...(props.tailoring ? { Tailored: props.tailoring.Print } : {})}
            />
          )}
          {printPolicy.card && props.Card && <props.Card template={template} plan={plan} numbers={numbers} />}
        </AsBuilt>
      </div>
    </TailoringContext.Provider>
  );
}
