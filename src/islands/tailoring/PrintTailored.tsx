import { hasUiPart, withWords } from "../../core/i18n/runtime";
import type { Answer } from "../../core/plans/schema";
import type { Field } from "../../core/plans/template";
import { readStrategies } from "../../core/tailoring/kept";
import { Lazy } from "../hooks/Lazy";
import { strategyText } from "./words";

/** The printing of "what applies" and "what matters", with the library's words. */
export const loadPrintAbout = withWords("tailoring", () => import("./PrintAbout"));

/**
 * The tailored plan on paper. Kept ideas print with the person's notes; on discreet paper each
 * idea is named only by its neutral print words. "What applies" and "what matters" reach here
 * only when the person asked for them, and never on discreet paper (PrintView).
 *
 * The library's words load with the plan whenever it holds any of these answers (PlanEditor),
 * so they are here before anyone prints; if they are not yet, the person's own words still print.
 */
export function PrintTailored(props: { field: Field; value: Answer | undefined; heading: string; discreet: boolean }) {
  const { field, value, heading, discreet } = props;
  const words = hasUiPart("tailoring");
  if (field.type === "situation" || field.type === "priorities") {
    // Its code comes with the library's words; until both are here nothing prints, as before.
    if (value === undefined) return null;
    return (
      <Lazy load={loadPrintAbout} render={(m) => <m.PrintAbout field={field} value={value} heading={heading} />} />
    );
  }
  const s = readStrategies(value);
  const rows = [
    ...s.kept.map((k) => ({
      key: k.id,
      title: words ? strategyText(k.id, discreet ? "printLabel" : "title") : "",
      note: k.note,
    })),
    ...s.own.map((o) => ({ key: o.id, title: o.title, note: o.note })),
  ].filter((r) => r.title.trim() || r.note.trim());
  return (
    <div class="print-field">
      <h3>{heading}</h3>
      {rows.length === 0 ? (
        <div class="print-lines">
          {[0, 1, 2, 3].map((i) => (
            <span key={i} class="print-line" />
          ))}
        </div>
      ) : (
        <ol class="print-list">
          {rows.map((r) => (
            <li key={r.key}>
              {r.title && <strong>{r.title}</strong>}
              {r.title && r.note && " – "}
              {r.note}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
