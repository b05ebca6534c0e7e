import { useEffect, useRef, useState } from "preact/hooks";
import { LIMITS } from "../../core/plans/limits";
import type { PriorityAnswer } from "../../core/plans/schema";
import {
  movePriority,
  NO_PRIORITIES,
  PRIORITIES,
  type PriorityId,
  readPriorities,
  setPriority,
} from "../../core/tailoring/priorities";
import { FieldHint } from "../editor/fields/FieldHint";
import { type FieldProps, ids, PRIVATE_INPUT } from "../editor/fields/types";
import { tw } from "./words";

/**
 * "What matters most to me": the person picks what matters and puts it in order with Move up
 * and Move down buttons (not drag and drop, which keyboards, switches and screen readers cannot
 * use). After a move, focus follows the moved priority and a polite status says where it is now.
 */
export function PrioritiesField({ field, value, onChange, idBase }: FieldProps<PriorityAnswer>) {
  const id = ids(idBase, field);
  const answer = readPriorities(value ?? NO_PRIORITIES);
  const [status, setStatus] = useState("");
  // After a move, an add or a remove, once the field has re-rendered, focus goes where the
  // pressed button's work continues (the pressed button may be gone or disabled, and focus would
  // fall to the top of the page). The status and the plan's new order may render apart (the
  // order comes back through the store): wait for the order, or focus would land on a button
  // about to be disabled or removed, and be lost.
  const root = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<{ ready: (order: readonly PriorityId[]) => boolean; targets: string[] } | undefined>(
    undefined,
  );
  useEffect(() => {
    const want = focusAfter.current;
    if (!want?.ready(answer.order)) return;
    const target = want.targets
      .map((selector) => root.current?.querySelector<HTMLElement>(selector))
      .find((button) => button);
    if (!target) return;
    focusAfter.current = undefined;
    target.focus();
  });
  const save = (next: ReturnType<typeof readPriorities>) =>
    onChange(next.order.length || next.own.trim() ? { order: [...next.order], own: next.own } : undefined);
  const name = (p: PriorityId) => tw(`tailoring.priority.${p}.label`);
  const row = (p: PriorityId) => `[data-priority="${p}"]`;
  const placedAt = (p: PriorityId, next: ReturnType<typeof readPriorities>) => {
    setStatus(tw("tailoring.ui.priorities.moved", { name: name(p), n: next.order.indexOf(p) + 1 }));
  };
  // Focus stays on the moved priority's same button, or its other one at the top or the bottom.
  const move = (p: PriorityId, by: -1 | 1, button: string) => {
    const next = movePriority(answer, p, by);
    save(next);
    placedAt(p, next);
    const at = next.order.indexOf(p);
    focusAfter.current = {
      ready: (order) => order.indexOf(p) === at,
      targets: [`${row(p)} [data-move="${button}"]:not([disabled])`, `${row(p)} button:not([disabled])`],
    };
  };
  // Adding several in a row: focus goes to the "+" button that took this one's place (or the one
  // before it when it was the last), then to the added priority itself when none is left.
  // "Something else" brings a box for the person's own words: focus goes into it.
  const add = (p: PriorityId) => {
    const next = setPriority(answer, p, true);
    save(next);
    placedAt(p, next);
    const left = PRIORITIES.filter((q) => !next.order.includes(q));
    const after = PRIORITIES.slice(PRIORITIES.indexOf(p) + 1).find((q) => left.includes(q));
    const before = [...PRIORITIES.slice(0, PRIORITIES.indexOf(p))].reverse().find((q) => left.includes(q));
    focusAfter.current = {
      ready: (order) => order.includes(p),
      targets: (p === "own-words" ? [`[id="${id.input}-own"]`] : []).concat(
        [after, before].filter((q): q is PriorityId => q !== undefined).map((q) => `[data-add="${q}"]`),
        `${row(p)} button:not([disabled])`,
      ),
    };
  };
  // A removed priority goes back to the list to add from: focus follows it there.
  const remove = (p: PriorityId) => {
    save(setPriority(answer, p, false));
    focusAfter.current = { ready: (order) => !order.includes(p), targets: [`[data-add="${p}"]`] };
  };
  const unplaced = PRIORITIES.filter((p) => !answer.order.includes(p));
  return (
    <div class="field tailor-priorities" id={id.input} ref={root}>
      <FieldHint field={field} id={id.hint} />
      <p class="field-hint">{tw("tailoring.ui.priorities.intro")}</p>
      <h3 class="field-label" id={`${id.input}-chosen`}>
        {tw("tailoring.ui.priorities.chosen")}
      </h3>
      {answer.order.length === 0 ? (
        <p>{tw("tailoring.ui.priorities.none")}</p>
      ) : (
        <ol class="tailor-order" aria-labelledby={`${id.input}-chosen`}>
          {answer.order.map((p, i) => (
            <li key={p} data-priority={p}>
              {/* A flex item loses its list number, so the number is written out. */}
              <span class="tailor-order-name">
                {i + 1}. {name(p)}
              </span>
              <span class="tailor-order-buttons">
                <button
                  type="button"
                  class="button button-secondary"
                  data-move="up"
                  disabled={i === 0}
                  aria-label={`${tw("tailoring.ui.priorities.up")}: ${name(p)}`}
                  onClick={() => move(p, -1, "up")}
                >
                  ↑ {tw("tailoring.ui.priorities.up")}
                </button>
                <button
                  type="button"
                  class="button button-secondary"
                  data-move="down"
                  disabled={i === answer.order.length - 1}
                  aria-label={`${tw("tailoring.ui.priorities.down")}: ${name(p)}`}
                  onClick={() => move(p, 1, "down")}
                >
                  ↓ {tw("tailoring.ui.priorities.down")}
                </button>
                <button
                  type="button"
                  class="link-button"
                  aria-label={`${tw("tailoring.ui.priorities.remove")}: ${name(p)}`}
                  onClick={() => remove(p)}
                >
                  {tw("tailoring.ui.priorities.remove")}
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      <p class="visually-hidden" role="status">
        {status}
      </p>
      {unplaced.length > 0 && (
        <ul class="tailor-add">
          {unplaced.map((p) => (
            <li key={p}>
              <button type="button" class="button button-secondary" data-add={p} onClick={() => add(p)}>
                + {name(p)}
              </button>
              <span class="field-hint"> {tw(`tailoring.priority.${p}.hint`)}</span>
            </li>
          ))}
        </ul>
      )}
      {answer.order.includes("own-words") && (
        <div class="field">
          <label class="field-label" for={`${id.input}-own`}>
            {tw("tailoring.ui.priorities.own")}
          </label>
          <textarea
            id={`${id.input}-own`}
            class="input"
            rows={2}
            maxLength={LIMITS.note}
            value={answer.own}
            onInput={(e) => save({ ...answer, own: e.currentTarget.value })}
            {...PRIVATE_INPUT}
          />
        </div>
      )}
    </div>
  );
}
