import { t } from "../../../core/i18n/runtime";
import { FieldHint } from "./FieldHint";
import { type FieldProps, ids } from "./types";

/** A statement and a tick box. The box's name is the statement plus its own words. */
export function AgreeField({ field, value, onChange, idBase }: FieldProps<boolean>) {
  const id = ids(idBase, field);
  const tickId = `${id.input}-tick`;
  return (
    <div class="field field-agree">
      <p class="field-label statement" id={id.label}>
        {field.label}
      </p>
      <FieldHint field={field} id={id.hint} />
      <label class="choice">
        <input
          id={id.input}
          type="checkbox"
          checked={value === true}
          aria-labelledby={`${id.label} ${tickId}`}
          aria-describedby={field.hint ? id.hint : undefined}
          onChange={(e) => onChange(e.currentTarget.checked ? true : undefined)}
        />
        <span id={tickId}>{field.agreeText ?? t("editor.agree")}</span>
      </label>
    </div>
  );
}
