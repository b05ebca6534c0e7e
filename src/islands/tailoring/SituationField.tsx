import type { SituationAnswer } from "../../core/plans/schema";
import {
  declineQuestion,
  NO_SITUATION,
  readSituation,
  SITUATION_QUESTIONS,
  type SituationId,
  toggleOption,
} from "../../core/tailoring/situations";
import { FieldHint } from "../editor/fields/FieldHint";
import { type FieldProps, ids } from "../editor/fields/types";
import { tw } from "./words";

/**
 * "What applies to me": a short group of tick boxes per question, each with "I'd rather not
 * say". Ticking "rather not say" clears that question's ticks, so nothing of it stays kept.
 */
export function SituationField({ field, value, onChange, idBase }: FieldProps<SituationAnswer>) {
  const id = ids(idBase, field);
  const answer = readSituation(value ?? NO_SITUATION);
  const save = (next: ReturnType<typeof readSituation>) =>
    onChange(
      next.picked.length || next.declined.length
        ? { picked: [...next.picked], declined: [...next.declined] }
        : undefined,
    );
  return (
    <div class="field tailor-situation" id={id.input}>
      <FieldHint field={field} id={id.hint} />
      {SITUATION_QUESTIONS.map((q) => {
        const declined = answer.declined.includes(q.id);
        const hintKey = `tailoring.situation.${q.id}.hint`;
        const qid = `${id.input}-${q.id}`;
        return (
          <fieldset class="tailor-question" key={q.id} aria-describedby={`${qid}-hint`}>
            <legend class="field-label">{tw(`tailoring.situation.${q.id}.title`)}</legend>
            <p class="field-hint" id={`${qid}-hint`}>
              {hasWords(hintKey) ? tw(hintKey) : ""}
            </p>
            <div class="choices-grid">
              {(q.options as readonly SituationId[]).map((o) => (
                <label class="choice" key={o}>
                  <input
                    id={`${qid}-${o}`}
                    type="checkbox"
                    checked={answer.picked.includes(o)}
                    onChange={(e) => save(toggleOption(answer, o, e.currentTarget.checked))}
                  />
                  <span>{tw(`tailoring.situation.${o}.label`)}</span>
                </label>
              ))}
              <label class="choice tailor-decline">
                <input
                  id={`${qid}-decline`}
                  type="checkbox"
                  checked={declined}
                  onChange={(e) => save(declineQuestion(answer, q.id, e.currentTarget.checked))}
                />
                <span>{tw("tailoring.ui.ratherNotSay")}</span>
              </label>
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}

/** Hints are optional per question: a missing one reads as its key. */
function hasWords(key: string): boolean {
  return tw(key) !== key;
}
