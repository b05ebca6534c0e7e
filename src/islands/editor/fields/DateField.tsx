import { LabelAndHint } from "./FieldHint";
import { type FieldProps, ids } from "./types";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function DateField({ field, value, onChange, idBase }: FieldProps<string>) {
  const id = ids(idBase, field);
  return (
    <div class="field">
      <LabelAndHint field={field} inputId={id.input} hintId={id.hint} />
      <input
        id={id.input}
        class="input input-date"
        type="date"
        value={typeof value === "string" ? value : ""}
        min="2000-01-01"
        max="2100-12-31"
        autoComplete="off"
        aria-describedby={field.hint ? id.hint : undefined}
        onInput={(e) => {
          const v = e.currentTarget.value;
          onChange(ISO.test(v) ? v : undefined);
        }}
      />
    </div>
  );
}
