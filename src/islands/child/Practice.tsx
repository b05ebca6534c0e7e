import { useEffect, useRef, useState } from "preact/hooks";
import { OTHER_FULL_STOPS } from "../../core/i18n/punctuation";
import { t } from "../../core/i18n/runtime";
import type { Plan } from "../../core/plans/schema";
import { callAnswer, practiceValues, valuesFromPlan } from "../../core/practice/from-plan";
import { fillPlaceholders } from "../../core/practice/placeholders";
import {
  callSpeech,
  endSpeech,
  feedbackSpeech,
  menuSpeech,
  scenarioSpeech,
  silentCallSpeech,
  verdictOf,
} from "../../core/practice/speech";
import type { PracticeChoice, PracticeSet } from "../../core/practice/types";
import { Picture } from "../pictures/Picture";
import { useTakeFocusFromLoading } from "./PracticeLoading";
import { ReadAloud, readAtOnceIfUsed } from "./ReadAloud";

type Stage =
  | { kind: "menu" }
  | { kind: "scenario"; index: number; chosen: string | null }
  | { kind: "call"; index: number }
  | { kind: "end"; after: "scenarios" | "call" };

/** A choice once picked: safe or not, said in a word, shown with an icon and a colour together. */
function Verdict({ choice, id }: { choice: PracticeChoice; id?: string }) {
  return (
    <span class={choice.best ? "verdict verdict-safe" : "verdict verdict-not-safe"} id={id}>
      <Picture name={choice.best ? "tick" : "try-again"} size={28} class="verdict-icon" />
      {verdictOf(choice)}
    </span>
  );
}

/** Where the child puts their own words in a line of the pretend call. */
const CALL_GAP = "…";
/** A full stop straight after the gap, in any of the languages ("My name is …", not "…."). */
const STOP_AFTER_GAP = new RegExp(`${CALL_GAP} ?[.${OTHER_FULL_STOPS}]`, "gu");

/**
 * A gentle rehearsal: no score, no failing. Scenarios with kind feedback that says why, and a
 * pretend 999 call. It uses the child's own answers when a plan is open. No real call can be
 * made from here: there are no phone links. Everything a child needs on a screen can be read
 * aloud, and the feedback on a choice is read at once for a child who has used Read aloud.
 */
export function Practice({ set, plan, onBack }: { set: PracticeSet; plan: Plan | undefined; onBack?: () => void }) {
  const values = valuesFromPlan(plan);
  const filled = practiceValues(set, values, (words) => t("practice.quote", { words }));
  const fill = (text: string) => fillPlaceholders(text, filled, set.blanks);
  // The pretend call asks the child to say their name and address: the line to say leaves a gap
  // for them ("My name is …"; the set's blank read "My name is your name."), and the plan's own
  // answer shows only once they have had a go, so the call is practice, not reading.
  const fillCall = (text: string) =>
    fillPlaceholders(text, { ...filled, name: CALL_GAP, address: CALL_GAP }, set.blanks).replace(
      STOP_AFTER_GAP,
      CALL_GAP,
    );
  const [stage, setStage] = useState<Stage>({ kind: "menu" });
  const [typed, setTyped] = useState<Record<string, string>>({});
  const heading = useRef<HTMLHeadingElement>(null);
  useTakeFocusFromLoading(heading);
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
        <ReadAloud text={menuSpeech(set, fill)} />
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
            <Picture name="house" size={40} /> {t("practice.practiseWhatToDo")}
          </button>
          <button type="button" class="button button-big" onClick={() => setStage({ kind: "call", index: 0 })}>
            <Picture name="phone" size={40} /> {t("practice.practiseCall")}
          </button>
        </div>
        {onBack && (
          <p>
            <button type="button" class="link-button" onClick={onBack}>
              {t("practice.backToPlan")}
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
    const choose = (choice: PracticeChoice) => {
      setStage({ ...stage, chosen: choice.id });
      readAtOnceIfUsed(feedbackSpeech(choice, fill));
    };
    return (
      <section class="practice" aria-labelledby="practice-title">
        <p class="step-count">{t("practice.countScenario", { n: stage.index + 1, total: set.scenarios.length })}</p>
        <div class="step-head">
          {scenario.picture && <Picture name={scenario.picture} size={72} />}
          <h1 id="practice-title" {...headingProps}>
            {fill(scenario.situation)}
          </h1>
        </div>
        <ReadAloud key={scenario.id} text={scenarioSpeech(scenario, fill)} />
        <fieldset class="practice-choices">
          <legend class="step-help">{fill(scenario.question)}</legend>
          {scenario.choices.map((c) => {
            const picked = stage.chosen === c.id;
            return (
              <button
                type="button"
                key={c.id}
                class={
                  picked
                    ? `button button-big choice-button chosen ${c.best ? "chosen-safe" : "chosen-not-safe"}`
                    : "button button-secondary button-big choice-button"
                }
                aria-pressed={picked}
                onClick={() => choose(c)}
              >
                {c.picture && <Picture name={c.picture} size={40} />}
                <span class="choice-text">
                  {fill(c.label)}
                  {picked && <Verdict choice={c} />}
                </span>
              </button>
            );
          })}
        </fieldset>
        <div class="feedback" role="status">
          {chosen && (
            <div class={chosen.best ? "feedback-box feedback-safe" : "feedback-box feedback-not-safe"}>
              <p class="feedback-verdict">
                <Verdict choice={chosen} />
              </p>
              <p>{fill(chosen.feedback)}</p>
              {!chosen.best && <p>{t("practice.tryAgain")}</p>}
            </div>
          )}
        </div>
        {chosen && <ReadAloud text={feedbackSpeech(chosen, fill)} explain={false} />}
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
    const planAnswer = callAnswer(step, values);
    const next = () => setStage(lastStep ? { kind: "end", after: "call" } : { kind: "call", index: stage.index + 1 });
    return (
      <section class="practice" aria-labelledby="practice-title">
        <p class="pretend">{t("practice.pretend")}</p>
        {stage.index === 0 && set.call.intro.map((p) => <p key={p}>{fill(p)}</p>)}
        <p class="step-count">{t("practice.countPart", { n: stage.index + 1, total: set.call.steps.length })}</p>
        <div class="operator">
          <Picture name="phone" size={56} />
          <h1 id="practice-title" {...headingProps}>
            <span class="visually-hidden">{t("practice.operatorSays")} </span>
            {t("practice.quote", { words: fill(step.operator) })}
          </h1>
        </div>
        <ReadAloud key={step.id} text={callSpeech(set, stage.index, fillCall)} />
        <label class="field-label" for={answerId}>
          {fillCall(step.prompt)}
        </label>
        <p class="field-hint" id={`${answerId}-hint`}>
          {fill(step.hint)} {t("practice.sayOrType")}
        </p>
        <input
          id={answerId}
          class="input input-big"
          type="text"
          autoComplete="off"
          spellcheck={false}
          aria-describedby={`${answerId}-hint`}
          value={typed[step.id] ?? ""}
          onInput={(e) => setTyped({ ...typed, [step.id]: e.currentTarget.value })}
          // Enter after the answer goes on, as Next does: what a child typing expects.
          onKeyDown={(e) => {
            if (e.key !== "Enter" || e.isComposing) return;
            e.preventDefault();
            next();
          }}
        />
        {planAnswer && typed[step.id]?.trim() && (
          <p class="call-plan-says" aria-live="polite">
            {t("practice.planSays", { answer: planAnswer })}
          </p>
        )}
        {lastStep && (
          <div class="panel">
            <h2>{t("practice.cannotTalk")}</h2>
            <ReadAloud text={silentCallSpeech(set, fill)} explain={false} />
            {set.call.silentCall.map((p) => (
              <p key={p}>{fill(p)}</p>
            ))}
          </div>
        )}
        <StopOrNext last={lastStep} onStop={() => setStage({ kind: "menu" })} onNext={next} />
      </section>
    );
  }

  const ending = [...(stage.after === "call" ? set.call.ending : []), ...set.closing];
  return (
    <section class="practice" aria-labelledby="practice-title">
      <div class="step-head">
        <Picture name="star" size={72} />
        <h1 id="practice-title" {...headingProps}>
          {t("practice.wellDone")}
        </h1>
      </div>
      <ReadAloud text={endSpeech(ending, fill)} />
      {ending.map((p) => (
        <p class="step-help" key={p}>
          {fill(p)}
        </p>
      ))}
      <div class="step-nav">
        <button type="button" class="button button-big" onClick={() => setStage({ kind: "menu" })}>
          {t("practice.practiseAgain")}
        </button>
        {onBack && (
          <button type="button" class="button button-secondary button-big" onClick={onBack}>
            {t("practice.backToPlan")}
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
        {t("practice.stop")}
      </button>
      <button type="button" class="button button-big" onClick={props.onNext}>
        {props.last ? t("practice.finish") : t("practice.next")}
      </button>
    </div>
  );
}
