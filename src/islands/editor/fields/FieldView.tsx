import type { Answer, ChecklistAnswer, Person, Place } from "../../../core/plans/schema";
import type { Field } from "../../../core/plans/template";
import { AgreeField } from "./AgreeField";
import { ChecklistField } from "./ChecklistField";
import { ChoicesField } from "./ChoicesField";
import { DateField } from "./DateField";
import { ListField } from "./ListField";
import { TextField } from "./TextField";
import type { FieldProps } from "./types";
import { YesNoField } from "./YesNoField";

/** Picks the input for a field type. One editor for every template. */
export function FieldView(props: FieldProps & { renderDrawing?: (p: FieldProps) => preact.VNode }) {
  const { field } = props;
  switch (field.type) {
    case "shortText":
    case "longText":
      return <TextField {...(props as FieldProps<string>)} />;
    case "date":
    case "reviewDate":
      return <DateField {...(props as FieldProps<string>)} />;
    case "yesNo":
      return <YesNoField {...(props as FieldProps<string>)} />;
    case "agree":
      return <AgreeField {...(props as FieldProps<boolean>)} />;
    case "people":
    case "places":
      return <ListField {...(props as FieldProps<Person[] | Place[]>)} />;
    case "choices":
      return <ChoicesField {...(props as FieldProps<string[]>)} />;
    case "checklist":
      return <ChecklistField {...(props as FieldProps<ChecklistAnswer>)} />;
    case "drawing":
      return props.renderDrawing ? props.renderDrawing(props) : null;
  }
}

export type { Answer, Field };
