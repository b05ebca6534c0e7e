import { useCallback, useEffect, useMemo, useState } from "preact/hooks";
import { allFields } from "../../core/plans/answers";
import type { Answer } from "../../core/plans/schema";
import { createPlanStore, type PlanStore } from "../../core/plans/store";
import type { Template } from "../../core/plans/template";
import type { FieldProps } from "./fields/types";
import type { NumberEntry } from "./NumbersBlock";
import { PrintControls } from "./PrintControls";
import { type PrintOptions, PrintView } from "./PrintView";
import { SectionView } from "./SectionView";
import { useBundle, useClearOnQuickExit } from "./useStore";
import "./editor.css";

export interface PlanEditorProps {
  template: Template;
  numbers: readonly NumberEntry[];
  /** Share a store with other islands (storage, session); otherwise the editor makes its own. */
  store?: PlanStore;
  planId?: string;
  /** Show professionals' "questions to ask". */
  showAsk?: boolean;
  renderDrawing?: (p: FieldProps) => preact.ComponentChildren;
  /** Replaces the "kept only on this screen" line, for islands that store plans. */
  whereKept?: preact.ComponentChildren;
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
  const [printOptions, setPrintOptions] = useState<PrintOptions>({ skipEmpty: false, neutralTitle: false });

  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  useClearOnQuickExit(useCallback(() => store.clear(), [store]));

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
  const openSection = (id: string) => {
    setOpen((prev) => ({ ...prev, [id]: true }));
    requestAnimationFrame(() => {
      const el = document.getElementById(`${idBase}-${id}`);
      el?.querySelector("summary")?.focus();
      el?.scrollIntoView({ block: "start" });
    });
  };

  const answers = plan?.answers ?? {};
  return (
    // data-ready tells tests (and styles) that the island has hydrated.
    <div class="plan-editor" data-ready={ready ? "" : undefined}>
      <div class="editor-screen">
        <h1>{template.title}</h1>
        <p class="lead">{template.intro[0]}</p>
        {template.intro.length > 1 && (
          <details class="intro-more">
            <summary>More about this plan</summary>
            {template.intro.slice(1).map((p) => (
              <p key={p}>{p}</p>
            ))}
          </details>
        )}
        <p class="where-kept" role="note">
          {props.whereKept ?? (
            <>
              <strong>Kept only on this screen.</strong> Nothing is saved or sent. Leaving or reloading this page, or
              using Exit, clears your answers. To keep them, print your plan.
            </>
          )}
        </p>
        <nav class="section-index" aria-label="Sections of this plan">
          <h2 class="section-index-title">Sections</h2>
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
        {template.sections.map((section) => (
          <SectionView
            key={section.id}
            section={section}
            values={section.fields.map((f) =>
              f.type === "reviewDate" ? (plan?.reviewDate as Answer | undefined) : answers[f.id],
            )}
            onChange={onChange}
            idBase={idBase}
            numbers={numbers}
            open={open[section.id] ?? false}
            onToggle={toggles[section.id] ?? (() => {})}
            showAsk={props.showAsk ?? false}
            {...(props.renderDrawing ? { renderDrawing: props.renderDrawing } : {})}
          />
        ))}
        <PrintControls template={template} options={printOptions} onOptions={setPrintOptions} idBase={idBase} />
      </div>
      <PrintView template={template} plan={plan} options={printOptions} numbers={numbers} />
    </div>
  );
}
