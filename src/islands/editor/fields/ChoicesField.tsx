import { LazyPicture } from "../../pictures/LazyPicture";
import { FieldHint } from "./FieldHint";
import { type FieldProps, ids } from "./types";

/** Several tick boxes; the answer is the list of chosen ids. */
export function ChoicesField({ field, value, onChange, idBase }: FieldProps<string[]>) {
  const id = ids(idBase, field);
  const chosen = Array.isArray(value) ? value : [];
  const toggle = (choice: string, on: boolean) => {
    const next = on ? [...chosen, choice] : chosen.filter((c) => c !== choice);
    onChange(next.length ? next : undefined);
  };
  return (
    <fieldset class="field" aria-describedby={field.hint ? id.hint : undefined}>
      <legend class="field-label">{field.label}</legend>
      <FieldHint field={field} id={id.hint} />
      <div class={field.choices?.some((c) => c.picture) ? "choices-grid choices-pictures" : "choices-grid"}>
        {(field.choices ?? []).map((c) => (
          <label class="choice" key={c.id}>
            {c.picture && <LazyPicture name={c.picture} size={56} />}
            <input
              id={`${id.input}-${c.id}`}
              type="checkbox"
              checked={chosen.includes(c.id)}
              onChange={(e) => toggle(c.id, e.currentTarget.checked)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
