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
  const list = useRef<HTMLOListElement>(null);
  // After a move, once the list has re-rendered: focus stays on the moved priority's same
  // button, or its other one when it reached the top or the bottom. The status and the plan's
  // new order may render apart (the order comes back through the store): wait for the order,
  // or focus would land on a button about to be disabled, and be lost.
  const focusAfter = useRef<{ priority: PriorityId; button: string; at: number } | undefined>(undefined);
  useEffect(() => {
    const want = focusAfter.current;
    if (!want || answer.order.indexOf(want.priority) !== want.at) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-priority="${want.priority}"]`);
    const target =
      row?.querySelector<HTMLButtonElement>(`[data-move="${want.button}"]:not([disabled])`) ??
      row?.querySelector<HTMLButtonElement>("button:not([disabled])");
    if (!target) return;
    focusAfter.current = undefined;
    target.focus();
  });
  const save = (next: ReturnType<typeof readPriorities>) =>
    onChange(next.order.length || next.own.trim() ? { order: [...next.order], own: next.own } : undefined);
  const name = (p: PriorityId) => tw(`tailoring.priority.${p}.label`);
  const move = (p: PriorityId, by: -1 | 1, button: string) => {
    const next = movePriority(answer, p, by);
    save(next);
    setStatus(tw("tailoring.ui.priorities.moved", { name: name(p), n: next.order.indexOf(p) + 1 }));
    focusAfter.current = { priority: p, button, at: next.order.indexOf(p) };
  };
  const unplaced = PRIORITIES.filter((p) => !answer.order.includes(p));
  return (
    <div class="field tailor-priorities" id={id.input}>
      <FieldHint field={field} id={id.hint} />
      <p class="field-hint">{tw("tailoring.ui.priorities.intro")}</p>
      <h3 class="field-label" id={`${id.input}-chosen`}>
        {tw("tailoring.ui.priorities.chosen")}
      </h3>
      {answer.order.length === 0 ? (
        <p>{tw("tailoring.ui.priorities.none")}</p>
      ) : (
        <ol class="tailor-order" ref={list} aria-labelledby={`${id.input}-chosen`}>
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
                  onClick={() => save(setPriority(answer, p, false))}
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
              <button type="button" class="button button-secondary" onClick={() => save(setPriority(answer, p, true))}>
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
