import type { Field } from "../../../core/plans/template";

export function FieldHint({ field, id }: { field: Field; id: string }) {
  if (!field.hint) return null;
  return (
    <p class="field-hint" id={id}>
      {field.hint}
    </p>
  );
}

/** A field's label and, under it, its hint: the usual top of a single-input field. */
export function LabelAndHint({ field, inputId, hintId }: { field: Field; inputId: string; hintId: string }) {
  return (
    <>
      <label class="field-label" for={inputId}>
        {field.label}
      </label>
      <FieldHint field={field} id={hintId} />
    </>
  );
}
