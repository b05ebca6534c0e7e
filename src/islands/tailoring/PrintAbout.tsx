import type { Answer } from "../../core/plans/schema";
import type { Field } from "../../core/plans/template";
import { readPriorities } from "../../core/tailoring/priorities";
import { readSituation } from "../../core/tailoring/situations";
import { tw } from "./words";

/**
 * "What applies" and "what matters" on paper. Loaded with the library's words (loadPrintAbout,
 * PrintTailored) when a plan holds such answers, not with every plan page's first screen.
 */
export function PrintAbout(props: { field: Field; value: Answer | undefined; heading: string }) {
  const { field, value, heading } = props;
  if (field.type === "situation") {
    const picked = readSituation(value).picked;
    if (picked.length === 0) return null;
    return (
      <div class="print-field">
        <h3>{heading}</h3>
        <ul class="print-list">
          {picked.map((id) => (
            <li key={id}>{tw(`tailoring.situation.${id}.label`)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const p = readPriorities(value);
  if (p.order.length === 0) return null;
  return (
    <div class="print-field">
      <h3>{heading}</h3>
      <ol class="print-list">
        {p.order.map((id) => (
          <li key={id}>{id === "own-words" && p.own.trim() ? p.own : tw(`tailoring.priority.${id}.label`)}</li>
        ))}
      </ol>
    </div>
  );
}
