import { useContext, useState } from "preact/hooks";
import { SERVICE_NAME_LANG, SPECIALIST_HELPLINES } from "../../core/config/services";
import { telHref } from "../../core/config/tel";
import { LIMITS } from "../../core/plans/limits";
import type { StrategiesAnswer } from "../../core/plans/schema";
import {
  addOwn,
  drop,
  editOwn,
  isEmptyChoice,
  keep,
  readStrategies,
  removeOwn,
  setNote,
  strategiesView,
  undecide,
} from "../../core/tailoring/choices";
import type { Suggestion } from "../../core/tailoring/recommend";
import { CATEGORIES, STRATEGIES, type Strategy } from "../../core/tailoring/strategies";
import { FieldHint } from "../editor/fields/FieldHint";
import { type FieldProps, ids, PRIVATE_INPUT } from "../editor/fields/types";
import { focusLater } from "../hooks/focusBack";
import { keepAsIs } from "../hooks/keepAsIs";
import { TailoringContext } from "./context";
import { reasonsSentence, strategySteps, strategyText, tw, twCount } from "./words";

/**
 * "Ideas for my plan": the strategies suggested by the person's answers, each with why; the
 * ones they keep (with their own notes), their own ideas, the ones put aside, and the whole
 * library to look through. Kept ideas are part of the plan: autosave, files, print, session.
 * Each button names its idea to a screen reader (hidden words), as the list's buttons name their
 * item: five "Keep in my plan" buttons in a row would not say which is which.
 */
export function StrategiesField({ field, value, onChange, idBase }: FieldProps<StrategiesAnswer>) {
  const id = ids(idBase, field);
  const ctx = useContext(TailoringContext);
  const answer = readStrategies(value);
  const view = strategiesView(ctx.answers.situation, ctx.answers.priorities, answer);
  const [status, setStatus] = useState("");
  // A long list helps nobody in a hurry: the best few first, the rest on request.
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? view.suggested : view.suggested.slice(0, FIRST_SUGGESTIONS);
  const save = (next: StrategiesAnswer) => onChange(isEmptyChoice(next) ? undefined : next);
  const suggestedIds = shown.map((x) => `idea-${x.strategy.id}`);
  // A suggestion kept or put aside leaves the list: the keyboard carries on at the next one.
  const onKeep = (s: Strategy, from: "suggested" | "library") => {
    save(keep(answer, s.id));
    setStatus(tw("tailoring.ui.ideas.keptDone", { title: strategyText(s.id, "title") }));
    if (from === "library") focusLater(`${id.input}-lib-${s.id}`);
    else focusLater(...beside(suggestedIds, `idea-${s.id}`), `idea-${s.id}`);
  };
  const onDrop = (s: Strategy) => {
    save(drop(answer, s.id));
    setStatus(tw("tailoring.ui.ideas.droppedDone", { title: strategyText(s.id, "title") }));
    focusLater(...beside(suggestedIds, `idea-${s.id}`), `${id.input}-suggested`);
  };
  const kept = new Set(answer.kept.map((k) => k.id));
  const keptIds = view.kept.map((k) => `idea-${k.strategy.id}`);
  const ownIds = answer.own.map((o) => `${id.input}-${o.id}-title`);
  const nothingAnswered = !ctx.answers.situation && !ctx.answers.priorities;
  return (
    <div class="field tailor-ideas" id={id.input}>
      <FieldHint field={field} id={id.hint} />
      <p class="visually-hidden" role="status">
        {status}
      </p>
      <h3 id={`${id.input}-suggested`} tabIndex={-1}>
        {tw("tailoring.ui.ideas.suggested")}
      </h3>
      {nothingAnswered ? (
        <p class="callout">{tw("tailoring.ui.ideas.empty")}</p>
      ) : view.suggested.length === 0 ? (
        <p>{tw("tailoring.ui.ideas.suggestedNone")}</p>
      ) : (
        <>
          <p class="field-hint">{tw("tailoring.ui.ideas.suggestedHint")}</p>
          <ul class="tailor-cards">
            {shown.map((s) => (
              <li key={s.strategy.id}>
                <StrategyCard strategy={s.strategy} suggestion={s}>
                  <p class="tailor-actions">
                    <button type="button" class="button" onClick={() => onKeep(s.strategy, "suggested")}>
                      {tw("tailoring.ui.ideas.keep")}
                      <span class="visually-hidden"> {strategyText(s.strategy.id, "title")}</span>
                    </button>{" "}
                    <button type="button" class="button button-secondary" onClick={() => onDrop(s.strategy)}>
                      {tw("tailoring.ui.ideas.drop")}
                      <span class="visually-hidden"> {strategyText(s.strategy.id, "title")}</span>
                    </button>
                  </p>
                </StrategyCard>
              </li>
            ))}
          </ul>
        </>
      )}
      {shown.length < view.suggested.length && (
        <p>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => {
              setShowAll(true);
              // Focus the first idea that was hidden, so the keyboard carries on where it was.
              const next = view.suggested[FIRST_SUGGESTIONS]?.strategy.id;
              focusLater(`idea-${next}`);
            }}
          >
            {twCount("tailoring.ui.ideas.more", view.suggested.length - shown.length)}
          </button>
        </p>
      )}

      <h3 id={`${id.input}-kept`} tabIndex={-1}>
        {tw("tailoring.ui.ideas.kept")}
      </h3>
      {view.kept.length === 0 ? (
        <p>{tw("tailoring.ui.ideas.keptNone")}</p>
      ) : (
        <ul class="tailor-cards">
          {view.kept.map((k) => {
            const noteId = `${id.input}-note-${k.strategy.id}`;
            return (
              <li key={k.strategy.id}>
                <StrategyCard strategy={k.strategy} {...(k.suggestion ? { suggestion: k.suggestion } : {})}>
                  <label class="field-label tailor-note-label" for={noteId}>
                    {tw("tailoring.ui.ideas.note")}
                  </label>
                  <textarea
                    id={noteId}
                    class="input"
                    rows={2}
                    maxLength={LIMITS.note}
                    value={k.note}
                    onInput={(e) => save(setNote(answer, k.strategy.id, e.currentTarget.value))}
                    {...PRIVATE_INPUT}
                  />
                  <p class="tailor-actions">
                    <button
                      type="button"
                      class="link-button"
                      onClick={() => {
                        save(undecide(answer, k.strategy.id));
                        focusLater(...beside(keptIds, `idea-${k.strategy.id}`), `${id.input}-kept`);
                      }}
                    >
                      {tw("tailoring.ui.ideas.takeOut")}
                      <span class="visually-hidden"> {strategyText(k.strategy.id, "title")}</span>
                    </button>
                  </p>
                </StrategyCard>
              </li>
            );
          })}
        </ul>
      )}

      <h3 id={`${id.input}-own`} tabIndex={-1}>
        {tw("tailoring.ui.ideas.own")}
      </h3>
      {answer.own.map((o, i) => {
        const base = `${id.input}-${o.id}`;
        return (
          <fieldset class="tailor-own" key={o.id}>
            <legend class="visually-hidden">{tw("tailoring.ui.ideas.ownN", { n: i + 1 })}</legend>
            <label class="field-label" for={`${base}-title`}>
              {tw("tailoring.ui.ideas.ownTitle")}
            </label>
            <input
              id={`${base}-title`}
              class="input"
              maxLength={LIMITS.name * 2}
              value={o.title}
              onInput={(e) => save(editOwn(answer, o.id, { title: e.currentTarget.value }))}
              {...PRIVATE_INPUT}
            />
            <label class="field-label" for={`${base}-note`}>
              {tw("tailoring.ui.ideas.ownNote")}
            </label>
            <textarea
              id={`${base}-note`}
              class="input"
              rows={2}
              maxLength={LIMITS.note}
              value={o.note}
              onInput={(e) => save(editOwn(answer, o.id, { note: e.currentTarget.value }))}
              {...PRIVATE_INPUT}
            />
            <button
              type="button"
              class="link-button"
              onClick={() => {
                save(removeOwn(answer, o.id));
                focusLater(...beside(ownIds, `${id.input}-${o.id}-title`), `${id.input}-add-own`, `${id.input}-own`);
              }}
            >
              {tw("tailoring.ui.ideas.removeOwn")}
            </button>
          </fieldset>
        );
      })}
      {answer.own.length < LIMITS.ownStrategies && (
        <p>
          <button
            type="button"
            id={`${id.input}-add-own`}
            class="button button-secondary"
            onClick={() => {
              const next = addOwn(answer);
              save(next);
              const added = next.own[next.own.length - 1];
              focusLater(`${id.input}-${added?.id}-title`);
            }}
          >
            + {tw("tailoring.ui.ideas.addOwn")}
          </button>
        </p>
      )}

      {view.dropped.length > 0 && (
        <details class="tailor-more">
          <summary id={`${id.input}-dropped`}>
            {tw("tailoring.ui.ideas.dropped", { count: view.dropped.length })}
          </summary>
          <ul class="tailor-list">
            {view.dropped.map((s) => (
              <li key={s.id}>
                {strategyText(s.id, "title")}{" "}
                <button
                  type="button"
                  class="link-button"
                  onClick={() => {
                    save(undecide(answer, s.id));
                    // Back among the suggestions, if its reasons still hold; else where the put-aside list was.
                    focusLater(`idea-${s.id}`, `${id.input}-dropped`, `${id.input}-suggested`);
                  }}
                >
                  {tw("tailoring.ui.ideas.bringBack")}
                  <span class="visually-hidden"> {strategyText(s.id, "title")}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}

      <details class="tailor-more">
        <summary>{tw("tailoring.ui.ideas.all")}</summary>
        {CATEGORIES.map((c) => (
          <section key={c} aria-labelledby={`${id.input}-cat-${c}`}>
            <h4 id={`${id.input}-cat-${c}`}>{tw(`tailoring.category.${c}.title`)}</h4>
            <ul class="tailor-list">
              {STRATEGIES.filter((s) => s.category === c).map((s) => (
                <li key={s.id}>
                  <details>
                    <summary id={`${id.input}-lib-${s.id}`}>{strategyText(s.id, "title")}</summary>
                    <StrategyBody strategy={s} />
                    {kept.has(s.id) ? (
                      <p class="tailor-actions">{tw("tailoring.ui.ideas.inPlan")}</p>
                    ) : (
                      <p class="tailor-actions">
                        <button type="button" class="button button-secondary" onClick={() => onKeep(s, "library")}>
                          {tw("tailoring.ui.ideas.keep")}
                          <span class="visually-hidden"> {strategyText(s.id, "title")}</span>
                        </button>
                      </p>
                    )}
                  </details>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </details>
    </div>
  );
}

/** The element after `id` in `ids`, else the one before it: where the keyboard carries on once `id` goes. */
function beside(ids: readonly string[], id: string): string[] {
  const i = ids.indexOf(id);
  return i < 0 ? [] : [ids[i + 1], ids[i - 1]].filter((x): x is string => x !== undefined);
}

/** How many suggestions show before "Show more". */
const FIRST_SUGGESTIONS = 5;

function StrategyCard(props: { strategy: Strategy; suggestion?: Suggestion; children: preact.ComponentChildren }) {
  const { strategy, suggestion } = props;
  return (
    <article class="tailor-card" aria-labelledby={`idea-${strategy.id}`}>
      <h4 id={`idea-${strategy.id}`} tabIndex={-1}>
        {strategyText(strategy.id, "title")}
      </h4>
      {suggestion && (
        <p class="tailor-why">{tw("tailoring.ui.ideas.because", { reasons: reasonsSentence(suggestion.reasons) })}</p>
      )}
      <StrategyBody strategy={strategy} />
      {props.children}
    </article>
  );
}

/** What to do at once; why it helps and how, folded, so a card stays short on a phone. */
function StrategyBody({ strategy }: { strategy: Strategy }) {
  const steps = strategySteps(strategy.id);
  return (
    <>
      <p>{strategyText(strategy.id, "what")}</p>
      <details class="tailor-how">
        <summary>{tw("tailoring.ui.ideas.how")}</summary>
        <p>{strategyText(strategy.id, "why")}</p>
        {steps.length > 0 && (
          <ul>
            {steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        )}
      </details>
      <ServiceLine strategy={strategy} />
    </>
  );
}

/** The service a strategy points to, with its number from the verified list or the plan's numbers. */
function ServiceLine({ strategy }: { strategy: Strategy }) {
  const { numbers } = useContext(TailoringContext);
  if (!strategy.service) return null;
  // The plan's numbers are 999 first, then the nation's helpline (config/numbers.ts); a
  // specialist service comes from the verified list, its name kept in English.
  const specialist = SPECIALIST_HELPLINES.find((s) => s.id === strategy.service);
  const entry =
    strategy.service === "emergency"
      ? numbers[0]
      : strategy.service === "helpline"
        ? numbers[1]
        : specialist && { name: specialist.name, phone: specialist.phone, ownName: true, nameLang: SERVICE_NAME_LANG };
  if (!entry) return null;
  return (
    <p class="tailor-service">
      {tw("tailoring.ui.ideas.call")} <strong {...keepAsIs(entry.ownName, entry.nameLang)}>{entry.name}</strong>{" "}
      <a class="tel" href={telHref(entry.phone)} dir="ltr">
        {entry.phone}
      </a>
    </p>
  );
}
