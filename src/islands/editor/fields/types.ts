import type { Answer } from "../../../core/plans/schema";
import type { Field } from "../../../core/plans/template";

export interface FieldProps<T extends Answer = Answer> {
  field: Field;
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  /** Prefix for element ids, unique per plan on the page. */
  idBase: string;
}

/** Ids for a field's input, hint and error, so labels and descriptions always match up. */
export function ids(idBase: string, field: Field) {
  const input = `${idBase}-${field.id}`;
  return { input, hint: `${input}-hint`, label: `${input}-label` };
}

/** Attributes for every text box: nothing typed should be remembered or sent by the browser. */
export const PRIVATE_INPUT = {
  autoComplete: "off",
  autoCorrect: "off",
  autoCapitalize: "sentences",
  // Some browsers' enhanced spell check sends text to a server; plans must never leave.
  spellcheck: false,
} as const;
