import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../../core/i18n/runtime";
import { sectionProgress } from "../../core/plans/answers";
import type { Answer } from "../../core/plans/schema";
import { sectionSpeech } from "../../core/plans/sentences";
import { STEP_PICTURES } from "../../core/practice/step-pictures";
import { AskQuestions } from "../editor/AskQuestions";
import { FieldView } from "../editor/fields/FieldView";
import { NumbersBlock } from "../editor/NumbersBlock";
import type { StepsContext } from "../editor/PlanEditor";
import { preload } from "../hooks/Lazy";
import { loadPictures } from "../pictures/LazyPicture";
import { StepPicture } from "../pictures/step-shapes";
import { ReadAloud } from "./ReadAloud";

/**
 * One step per screen, with big text and buttons, a picture, and Read aloud. The same
 * template and fields as every other plan, shown a step at a time. Steps can be visited in
 * any order.
 */
export function StepsView({ ctx, onFinish }: { ctx: StepsContext; onFinish?: () => void }) {
  const { template } = ctx;
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    // Focus the new step's heading, so a screen reader starts there. Not on first load.
    if (moved.current) heading.current?.focus();
  }, [step]);
  const section = template.sections[step];
  if (!section) return null;
  const values = ctx.values(step);
  const go = (to: number) => {
    // The faces of a later step come with the other pictures: fetched at the first move, so
    // they are here by then (and the child's first screen stays small).
    if (!moved.current) preload(loadPictures);
    moved.current = true;
    setStep(Math.max(0, Math.min(template.sections.length - 1, to)));
  };
  const last = step === template.sections.length - 1;
  // The step's title, help, questions and hints, and each label only with the child's answer.
  const spoken = sectionSpeech(section, values);

  return (
    <div class="steps">
      <nav class="step-dots" aria-label={t("child.steps.nav")}>
        <ol>
          {template.sections.map((s, i) => {
            const done =
              sectionProgress(
                s,
                Object.fromEntries(
                  s.fields.map((f, j) => [f.id, ctx.values(i)[j]]).filter(([, v]) => v !== undefined),
                ) as Record<string, Answer>,
              ).answered > 0;
            return (
              <li key={s.id}>
                <button
                  type="button"
                  class={done ? "step-dot step-dot-done" : "step-dot"}
                  aria-current={i === step ? "step" : undefined}
                  onClick={() => go(i)}
                >
                  <span class="visually-hidden">
                    {done
                      ? t("child.steps.dotDone", { n: i + 1, title: s.title })
                      : t("child.steps.dot", { n: i + 1, title: s.title })}
                  </span>
                  <span aria-hidden="true">{i + 1}</span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>
      <section class="step" aria-labelledby={`${ctx.idBase}-step-title`}>
        <p class="step-count">{t("child.steps.count", { n: step + 1, total: template.sections.length })}</p>
        <div class="step-head">
          <StepPicture name={STEP_PICTURES[section.id] ?? "star"} size={72} />
          <h2 id={`${ctx.idBase}-step-title`} ref={heading} tabIndex={-1}>
            {section.title}
          </h2>
        </div>
        <ReadAloud key={section.id} text={spoken} />
        {section.help.map((p) => (
          <p class="step-help" key={p}>
            {p}
          </p>
        ))}
        {section.questions.length > 0 && (
          <ul class="step-questions">
            {section.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        )}
        {ctx.showAsk && <AskQuestions questions={section.askQuestions} />}
        {section.showNumbers && <NumbersBlock numbers={ctx.numbers} />}
        {section.fields.map((field, i) => (
          <FieldView
            key={field.id}
            field={field}
            value={values[i]}
            onChange={(v) => ctx.onChange(field.id, v)}
            idBase={ctx.idBase}
            {...(ctx.renderDrawing ? { renderDrawing: ctx.renderDrawing } : {})}
          />
        ))}
        <div class="step-nav">
          <button
            type="button"
            class="button button-secondary button-big"
            disabled={step === 0}
            onClick={() => go(step - 1)}
          >
            {t("child.steps.back")}
          </button>
          {last ? (
            <button type="button" class="button button-big" onClick={onFinish}>
              {t("child.steps.finish")}
            </button>
          ) : (
            <button type="button" class="button button-big" onClick={() => go(step + 1)}>
              {t("child.steps.next")}
            </button>
          )}
        </div>
      </section>
    </div>
  );
}
