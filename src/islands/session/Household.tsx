import { useState } from "preact/hooks";
import type { Bundle, Plan } from "../../core/plans/schema";
import type { PlanStore } from "../../core/plans/store";
import { cleanInitials, planLabel } from "./labels";

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
  const add = (e: Event) => {
    e.preventDefault();
    const label = cleanInitials(initials);
    if (!label) return;
    const plan = store.add(kind, label);
    setInitials("");
    props.onOpen(plan);
  };
  return (
    <section class="household" aria-labelledby="household-title">
      <h1 id="household-title">This household</h1>
      <p>Work through each plan with the person it belongs to. See each child on their own.</p>
      <ul class="household-plans">
        {bundle.plans.map((plan) => {
          const answered = Object.keys(plan.answers).length;
          return (
            <li key={plan.id} class="household-plan">
              <span class="household-name">{planLabel(plan)}</span>
              <span class="household-progress">{answered === 0 ? "Not started" : `${answered} answered`}</span>
              <span class="button-row">
                <button type="button" class="button" onClick={() => props.onOpen(plan)}>
                  Open<span class="visually-hidden"> {planLabel(plan)}</span>
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
                          requestAnimationFrame(() => document.getElementById("add-initials")?.focus());
                        }}
                      >
                        Yes, remove<span class="visually-hidden"> {planLabel(plan)}</span>
                      </button>
                      <button type="button" class="button button-secondary" onClick={() => setConfirmRemove(null)}>
                        Keep it
                      </button>
                    </>
                  ) : (
                    <button type="button" class="button button-secondary" onClick={() => setConfirmRemove(plan.id)}>
                      Remove<span class="visually-hidden"> {planLabel(plan)}</span>
                    </button>
                  ))}
              </span>
            </li>
          );
        })}
      </ul>
      <form class="add-plan" onSubmit={add}>
        <fieldset>
          <legend class="field-label">Add a plan for a child or young person</legend>
          <div class="choices-inline">
            <label class="choice">
              <input type="radio" name="add-kind" checked={kind === "child"} onChange={() => setKind("child")} />
              <span>Child's plan (simple steps)</span>
            </label>
            <label class="choice">
              <input
                type="radio"
                name="add-kind"
                checked={kind === "young-person"}
                onChange={() => setKind("young-person")}
              />
              <span>Young person's plan</span>
            </label>
          </div>
          <label class="field-label" for="add-initials">
            Their initials
          </label>
          <p class="field-hint" id="add-initials-hint">
            Initials only, never a full name: up to 4 letters.
          </p>
          <div class="add-own-row">
            <input
              id="add-initials"
              class="input"
              type="text"
              maxLength={8}
              autoComplete="off"
              spellcheck={false}
              aria-describedby="add-initials-hint"
              value={initials}
              onInput={(e) => setInitials(e.currentTarget.value)}
            />
            <button type="submit" class="button button-secondary">
              Add plan
            </button>
          </div>
        </fieldset>
      </form>
      <p>
        <button type="button" class="button" onClick={props.onHandOver}>
          Hand over
        </button>
      </p>
    </section>
  );
}
