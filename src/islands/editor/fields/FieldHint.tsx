import type { Field } from "../../../core/plans/template";

export function FieldHint({ field, id }: { field: Field; id: string }) {
  if (!field.hint) return null;
  return (
    <p class="field-hint" id={id}>
      {field.hint}
    </p>
  );
}
