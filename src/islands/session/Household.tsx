import { useState } from "preact/hooks";
import { t, tCount } from "../../core/i18n/runtime";
import type { Bundle, Plan } from "../../core/plans/schema";
import type { PlanStore } from "../../core/plans/store";
import { focusLater } from "../hooks/focusBack";
import { cleanInitials, initialsProblem, planLabel } from "./labels";

/** The household: every plan in the session, and adding a plan for each child. */
export function Household(props: {
  store: PlanStore;
  bundle: Bundle;
  onOpen: (p: Plan) => void;
  onHandOver: () => void;
}) {
  const { store, bundle } = props;
  const [initials, setInitials] = useState("");
  const [kind, setKind] = useState<"child" | "young-person">("child");
  const [confirmRemove, setConfirmRemove] = useState<string | null>(null);
  const [problem, setProblem] = useState<ReturnType<typeof initialsProblem>>(null);
  const add = (e: Event) => {
    e.preventDefault();
    const found = initialsProblem(initials);
    setProblem(found);
    if (found) {
      // Back to the field, which now names the problem (aria-describedby), so it is heard.
      focusLater("add-initials");
      return;
    }
    const plan = store.add(kind, cleanInitials(initials));
    setInitials("");
    props.onOpen(plan);
  };
  return (
    <section class="household" aria-labelledby="household-title">
      <h1 id="household-title">{t("session.household.title")}</h1>
      <p>{t("session.household.intro")}</p>
      <ul class="household-plans">
        {bundle.plans.map((plan) => {
          const answered = Object.keys(plan.answers).length;
          return (
            <li key={plan.id} class="household-plan">
              <span class="household-name">{planLabel(plan)}</span>
              <span class="household-progress">
                {answered === 0 ? t("session.household.notStarted") : tCount("session.household.answered", answered)}
              </span>
              <span class="button-row">
                <button type="button" class="button" onClick={() => props.onOpen(plan)}>
                  {t("session.household.open")}
                  <span class="visually-hidden">{` ${planLabel(plan)}`}</span>
                </button>
                {(plan.kind === "child" || plan.kind === "young-person") &&
                  (confirmRemove === plan.id ? (
                    <>
                      <button
                        type="button"
                        class="button button-danger"
                        onClick={() => {
                          store.remove(plan.id);
                          setConfirmRemove(null);
                          focusLater("add-initials");
                        }}
                      >
                        {t("session.household.yesRemove")}
                        <span class="visually-hidden">{` ${planLabel(plan)}`}</span>
                      </button>
                      <button
                        type="button"
                        id={`keep-${plan.id}`}
                        class="button button-secondary"
                        onClick={() => {
                          setConfirmRemove(null);
                          focusLater(`remove-${plan.id}`);
                        }}
                      >
                        {t("session.household.keepIt")}
                      </button>
                    </>
                  ) : (
                    <button
                      type="button"
                      id={`remove-${plan.id}`}
                      class="button button-secondary"
                      onClick={() => {
                        setConfirmRemove(plan.id);
                        // The question replaces the button: focus the safe answer, so Enter twice removes nothing.
                        focusLater(`keep-${plan.id}`);
                      }}
                    >
                      {t("session.household.remove")}
                      <span class="visually-hidden">{` ${planLabel(plan)}`}</span>
                    </button>
                  ))}
              </span>
            </li>
          );
        })}
      </ul>
      <form class="add-plan" onSubmit={add}>
        <fieldset>
          <legend class="field-label">{t("session.household.addLegend")}</legend>
          <div class="choices-inline">
            <label class="choice">
              <input type="radio" name="add-kind" checked={kind === "child"} onChange={() => setKind("child")} />
              <span>{t("session.household.childKind")}</span>
            </label>
            <label class="choice">
              <input
                type="radio"
                name="add-kind"
                checked={kind === "young-person"}
                onChange={() => setKind("young-person")}
              />
              <span>{t("session.kind.youngPerson")}</span>
            </label>
          </div>
          <label class="field-label" for="add-initials">
            {t("session.household.initials")}
          </label>
          <p class="field-hint" id="add-initials-hint">
            {t("session.household.initialsHint")}
          </p>
          <div class="add-own-row">
            <input
              id="add-initials"
              class="input"
              type="text"
              autoComplete="off"
              spellcheck={false}
              aria-describedby={problem ? "add-initials-hint add-initials-error" : "add-initials-hint"}
              aria-invalid={problem ? true : undefined}
              value={initials}
              onInput={(e) => {
                setInitials(e.currentTarget.value);
                // The message was about what was there before.
                setProblem(null);
              }}
            />
            <button type="submit" class="button button-secondary">
              {t("session.household.add")}
            </button>
          </div>
          {problem && (
            <p id="add-initials-error" class="error-message" role="alert">
              {t(problem === "missing" ? "session.household.initialsMissing" : "session.household.initialsTooLong")}
            </p>
          )}
        </fieldset>
      </form>
      <p>
        <button type="button" class="button" onClick={props.onHandOver}>
          {t("session.handOver")}
        </button>
      </p>
    </section>
  );
}
