import type { UiTextKey } from "../../../core/i18n/keys";
import { t } from "../../../core/i18n/runtime";
import { FieldHint } from "./FieldHint";
import { type FieldProps, ids } from "./types";

const OPTIONS: readonly { value: "yes" | "no"; label: UiTextKey }[] = [
  { value: "yes", label: "common.yes" },
  { value: "no", label: "common.no" },
];

export function YesNoField({ field, value, onChange, idBase }: FieldProps<string>) {
  const id = ids(idBase, field);
  return (
    <fieldset class="field" aria-describedby={field.hint ? id.hint : undefined}>
      <legend class="field-label">{field.label}</legend>
      <FieldHint field={field} id={id.hint} />
      <div class="choices-inline">
        {OPTIONS.map((o) => (
          <label class="choice" key={o.value}>
            <input
              type="radio"
              name={id.input}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            <span>{t(o.label)}</span>
          </label>
        ))}
        {value !== undefined && (
          <button
            type="button"
            class="link-button"
            onClick={() => {
              onChange(undefined);
              // The button goes away; keep focus on the question rather than losing it.
              document.querySelector<HTMLInputElement>(`input[name="${id.input}"]`)?.focus();
            }}
          >
            {t("editor.clearAnswer")}
            <span class="visually-hidden">: {field.label}</span>
          </button>
        )}
      </div>
    </fieldset>
  );
}
