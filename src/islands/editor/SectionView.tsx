import { t } from "../../core/i18n/runtime";
import { checklistCounts, sectionProgress } from "../../core/plans/answers";
import type { Answer, ChecklistAnswer } from "../../core/plans/schema";
import type { Section } from "../../core/plans/template";
import { memo } from "../hooks/memo";
import { AskQuestions } from "./AskQuestions";
import { FieldView } from "./fields/FieldView";
import type { FieldProps } from "./fields/types";
import { type NumberEntry, NumbersBlock } from "./NumbersBlock";
import { SectionReadAloud } from "./SectionReadAloud";

export interface SectionViewProps {
  section: Section;
  /** Only this section's answers, so unrelated typing does not re-render it. */
  values: readonly (Answer | undefined)[];
  onChange: (fieldId: string, value: Answer | undefined) => void;
  idBase: string;
  numbers: readonly NumberEntry[];
  open: boolean;
  /** Whether the body is in the page yet (useInTurn): a closed one joins after the page is ready. */
  body: boolean;
  onToggle: (open: boolean) => void;
  showAsk: boolean;
  renderDrawing?: (p: FieldProps) => preact.VNode;
  /** After the fields: links to related plans. */
  footer?: preact.ComponentChildren;
}

export function progressText(section: Section, values: readonly (Answer | undefined)[]): string {
  const answers = Object.fromEntries(
    section.fields.map((f, i) => [f.id, values[i]]).filter(([, v]) => v !== undefined),
  );
  const checklist = section.fields.find((f) => f.type === "checklist");
  if (checklist && section.fields.length === 1) {
    const c = checklistCounts(checklist, values[0] as ChecklistAnswer | undefined);
    return t("editor.progress.decided", { decided: c.decided, total: c.total });
  }
  const p = sectionProgress(section, answers as Record<string, Answer>);
  if (p.answered === 0) return t("editor.progress.notStarted");
  if (p.total === 1) return t("editor.progress.done");
  return t("editor.progress.answered", { answered: p.answered, total: p.total });
}

export const SectionView = memo(
  function SectionView(props: SectionViewProps) {
    const { section, values, idBase, open, onToggle } = props;
    const headingId = `${idBase}-${section.id}-title`;
    return (
      <details
        class="section"
        id={`${idBase}-${section.id}`}
        open={open}
        onToggle={(e) => onToggle((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary class="section-summary">
          <h2 class="section-title" id={headingId}>
            {section.title}
          </h2>
          <span class="section-progress">{progressText(section, values)}</span>
        </summary>
        <div class="section-body">{(open || props.body) && <SectionBody {...props} />}</div>
      </details>
    );
  },
  (a, b) =>
    a.open === b.open &&
    a.body === b.body &&
    a.footer === b.footer &&
    a.showAsk === b.showAsk &&
    a.section === b.section &&
    a.idBase === b.idBase &&
    a.values.length === b.values.length &&
    a.values.every((v, i) => v === b.values[i]),
);

function SectionBody(props: SectionViewProps) {
  const { section, values, onChange, idBase, numbers, open, showAsk } = props;
  return (
    <>
      {section.readAloud && open && <SectionReadAloud section={section} values={values} />}
      {section.help.map((p) => (
        <p class="section-help" key={p}>
          {p}
        </p>
      ))}
      {section.questions.length > 0 && (
        <div class="questions">
          <h3 class="questions-title">{t("editor.questionsToThink")}</h3>
          <ul>
            {section.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </div>
      )}
      {showAsk && <AskQuestions questions={section.askQuestions} />}
      {section.showNumbers && (
        <div class="panel">
          <h3 class="questions-title">{t("editor.numbersToKnow")}</h3>
          <NumbersBlock numbers={numbers} />
        </div>
      )}
      {section.fields.map((field, i) => (
        <FieldView
          key={field.id}
          field={field}
          value={values[i]}
          onChange={(v) => onChange(field.id, v)}
          idBase={idBase}
          open={open}
          {...(props.renderDrawing ? { renderDrawing: props.renderDrawing } : {})}
        />
      ))}
      {props.footer}
    </>
  );
}
