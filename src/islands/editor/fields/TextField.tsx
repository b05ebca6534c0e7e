import { t, tCount } from "../../../core/i18n/runtime";
import { LIMITS } from "../../../core/plans/limits";
import { LabelAndHint } from "./FieldHint";
import { type FieldProps, ids, PRIVATE_INPUT } from "./types";

/** Short and long text. Long text shows how much room is left once it gets close. */
export function TextField({ field, value, onChange, idBase }: FieldProps<string>) {
  const id = ids(idBase, field);
  const long = field.type === "longText";
  const max = long ? LIMITS.longText : LIMITS.shortText;
  const text = typeof value === "string" ? value : "";
  const left = max - text.length;
  const countId = `${id.input}-count`;
  const describedBy =
    [field.hint ? id.hint : "", left < max * 0.2 ? countId : ""].filter(Boolean).join(" ") || undefined;
  const onInput = (e: Event) => {
    const next = (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
    onChange(next === "" ? undefined : next);
  };
  return (
    <div class="field">
      <LabelAndHint field={field} inputId={id.input} hintId={id.hint} />
      {long ? (
        <textarea
          id={id.input}
          class="input textarea"
          rows={4}
          maxLength={max}
          value={text}
          onInput={onInput}
          aria-describedby={describedBy}
          {...PRIVATE_INPUT}
        />
      ) : (
        <input
          id={id.input}
          class="input"
          type="text"
          maxLength={max}
          value={text}
          onInput={onInput}
          aria-describedby={describedBy}
          {...PRIVATE_INPUT}
        />
      )}
      {left < max * 0.2 && (
        <p id={countId} class={left === 0 ? "field-count field-count-full" : "field-count"}>
          {left === 0 ? t("editor.text.full") : tCount("editor.text.left", left)}
        </p>
      )}
    </div>
  );
}
