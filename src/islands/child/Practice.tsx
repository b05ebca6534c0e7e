import { useEffect, useRef, useState } from "preact/hooks";
import type { Person, Plan } from "../../core/plans/schema";
import { fillPlaceholders, type PlaceholderName } from "../../core/practice/placeholders";
import type { PracticeSet } from "../../core/practice/types";
import { Picture } from "../pictures/Picture";
import { ReadAloud } from "./ReadAloud";

/** Which of a plan's answers fill the practice's blanks, for each kind of plan. */
const FROM_PLAN: Record<string, Partial<Record<PlaceholderName, string[]>>> = {
  child: {
    safePlace: ["my-safe-place"],
    name: ["my-name", "child-name"],
    address: ["my-address"],
    trustedPerson: ["talk-to", "tell-if-hurt", "help-from"],
  },
  "young-person": {
    safePlace: ["safe-room"],
    nearestPhone: ["nearest-phone"],
    name: ["call-my-name"],
    address: ["call-my-address"],
    trustedPerson: ["trusted-people", "talk-about-feelings"],
  },
};

export function valuesFromPlan(plan: Plan | undefined): Partial<Record<PlaceholderName, string>> {
  if (!plan) return {};
  const map = FROM_PLAN[plan.kind] ?? {};
  const out: Partial<Record<PlaceholderName, string>> = {};
  for (const [name, fieldIds] of Object.entries(map) as Array<[PlaceholderName, string[]]>) {
    for (const id of fieldIds) {
      const v = plan.answers[id];
      const text =
        typeof v === "string" ? v : Array.isArray(v) ? (v as Person[]).find((p) => p.name?.trim())?.name : undefined;
      if (text?.trim()) {
        out[name] = text.trim();
        break;
      }
    }
  }
  return out;
}

type Stage =
  | { kind: "menu" }
  | { kind: "scenario"; index: number; chosen: string | null }
  | { kind: "call"; index: number }
  | { kind: "end"; after: "scenarios" | "call" };

/**
 * A gentle rehearsal: no score, no failing. Scenarios with kind feedback that says why, and a
 * pretend 999 call. It uses the child's own answers when a plan is open. No real call can be
 * made from here: there are no phone links.
 */
export function Practice({ set, plan, onBack }: { set: PracticeSet; plan: Plan | undefined; onBack?: () => void }) {
  // "A grown-up you trust" reads as childish to a teenager.
  const values = {
    ...(set.audience === "young-person" ? { trustedPerson: "an adult you trust" } : {}),
    ...valuesFromPlan(plan),
  };
  const fill = (text: string) => fillPlaceholders(text, values);
  const [stage, setStage] = useState<Stage>({ kind: "menu" });
  const [typed, setTyped] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [stage.kind, stage.kind === "scenario" || stage.kind === "call" ? stage.index : -1]);

  const headingProps = { ref: heading, tabIndex: -1, class: "practice-heading" };

  if (stage.kind === "menu") {
    return (
      <section class="practice" aria-labelledby="practice-title">
        <h1 id="practice-title" {...headingProps}>
          {set.title}
        </h1>
        <ReadAloud text={set.intro.map(fill).join(" ")} />
        {set.intro.map((p) => (
          <p class="step-help" key={p}>
            {fill(p)}
          </p>
        ))}
        <div class="practice-menu">
          <button
            type="button"
            class="button button-big"
            onClick={() => setStage({ kind: "scenario", index: 0, chosen: null })}
          >
            <Picture name="house" size={40} /> Practise what to do
          </button>
          <button type="button" class="button button-big" onClick={() => setStage({ kind: "call", index: 0 })}>
            <Picture name="phone" size={40} /> Practise a pretend 999 call
          </button>
        </div>
        {onBack && (
          <p>
            <button type="button" class="link-button" onClick={onBack}>
              Back to my plan
            </button>
          </p>
        )}
      </section>
    );
  }

  if (stage.kind === "scenario") {
    const scenario = set.scenarios[stage.index];
    if (!scenario) return null;
    const chosen = scenario.choices.find((c) => c.id === stage.chosen);
    const lastScenario = stage.index === set.scenarios.length - 1;
    return (
      <section class="practice" aria-labelledby="practice-title">
        <p class="step-count">
          Practice {stage.index + 1} of {set.scenarios.length}
        </p>
        <div class="step-head">
          {scenario.picture && <Picture name={scenario.picture} size={72} />}
          <h1 id="practice-title" {...headingProps}>
            {fill(scenario.situation)}
          </h1>
        </div>
        <ReadAloud
          text={[scenario.situation, scenario.question, ...scenario.choices.map((c) => c.label)].map(fill).join(". ")}
        />
        <fieldset class="practice-choices">
          <legend class="step-help">{fill(scenario.question)}</legend>
          {scenario.choices.map((c) => (
            <button
              type="button"
              key={c.id}
              class={
                stage.chosen === c.id
                  ? "button button-big choice-button chosen"
                  : "button button-secondary button-big choice-button"
              }
              aria-pressed={stage.chosen === c.id}
              onClick={() => setStage({ ...stage, chosen: c.id })}
            >
              {c.picture && <Picture name={c.picture} size={40} />} {fill(c.label)}
            </button>
          ))}
        </fieldset>
        <div class="feedback" role="status">
          {chosen && (
            <>
              <p class={chosen.best ? "feedback-best" : "feedback-other"}>{fill(chosen.feedback)}</p>
              {!chosen.best && <p>You can choose another answer, or go on.</p>}
            </>
          )}
        </div>
        <StopOrNext
          last={lastScenario}
          onStop={() => setStage({ kind: "menu" })}
          onNext={() =>
            setStage(
              lastScenario
                ? { kind: "end", after: "scenarios" }
                : { kind: "scenario", index: stage.index + 1, chosen: null },
            )
          }
        />
      </section>
    );
  }

  if (stage.kind === "call") {
    const step = set.call.steps[stage.index];
    const lastStep = stage.index === set.call.steps.length - 1;
    if (!step) return null;
    const answerId = `call-answer-${step.id}`;
    const prefilled = step.answer === "name" ? values.name : step.answer === "address" ? values.address : undefined;
    return (
      <section class="practice" aria-labelledby="practice-title">
        <p class="pretend">This is only pretend. No call is made.</p>
        {stage.index === 0 && set.call.intro.map((p) => <p key={p}>{fill(p)}</p>)}
        <p class="step-count">
          Part {stage.index + 1} of {set.call.steps.length}
        </p>
        <div class="operator">
          <Picture name="phone" size={56} />
          <h1 id="practice-title" {...headingProps}>
            <span class="visually-hidden">The operator says: </span>“{fill(step.operator)}”
          </h1>
        </div>
        <ReadAloud text={`${fill(step.operator)} ${fill(step.prompt)}`} />
        <label class="field-label" for={answerId}>
          {fill(step.prompt)}
        </label>
        <p class="field-hint" id={`${answerId}-hint`}>
          {fill(step.hint)} You can say it out loud, or type it here.
        </p>
        <input
          id={answerId}
          class="input input-big"
          type="text"
          autoComplete="off"
          spellcheck={false}
          aria-describedby={`${answerId}-hint`}
          value={typed[step.id] ?? prefilled ?? ""}
          onInput={(e) => setTyped({ ...typed, [step.id]: e.currentTarget.value })}
        />
        {lastStep && (
          <div class="panel">
            <h2>If you cannot talk</h2>
            {set.call.silentCall.map((p) => (
              <p key={p}>{fill(p)}</p>
            ))}
          </div>
        )}
        <StopOrNext
          last={lastStep}
          onStop={() => setStage({ kind: "menu" })}
          onNext={() => setStage(lastStep ? { kind: "end", after: "call" } : { kind: "call", index: stage.index + 1 })}
        />
      </section>
    );
  }

  const ending = [...(stage.after === "call" ? set.call.ending : []), ...set.closing];
  return (
    <section class="practice" aria-labelledby="practice-title">
      <div class="step-head">
        <Picture name="star" size={72} />
        <h1 id="practice-title" {...headingProps}>
          Well done for practising
        </h1>
      </div>
      <ReadAloud text={ending.map(fill).join(" ")} />
      {ending.map((p) => (
        <p class="step-help" key={p}>
          {fill(p)}
        </p>
      ))}
      <div class="step-nav">
        <button type="button" class="button button-big" onClick={() => setStage({ kind: "menu" })}>
          Practise again
        </button>
        {onBack && (
          <button type="button" class="button button-secondary button-big" onClick={onBack}>
            Back to my plan
          </button>
        )}
      </div>
    </section>
  );
}

function StopOrNext(props: { last: boolean; onStop: () => void; onNext: () => void }) {
  return (
    <div class="step-nav">
      <button type="button" class="button button-secondary button-big" onClick={props.onStop}>
        Stop
      </button>
      <button type="button" class="button button-big" onClick={props.onNext}>
        {props.last ? "Finish" : "Next"}
      </button>
    </div>
  );
}
