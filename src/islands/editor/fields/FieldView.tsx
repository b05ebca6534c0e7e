import { withWords } from "../../../core/i18n/runtime";
import type {
  Answer,
  ChecklistAnswer,
  Person,
  Place,
  PriorityAnswer,
  SituationAnswer,
  StrategiesAnswer,
} from "../../../core/plans/schema";
import type { Field } from "../../../core/plans/template";
import { Lazy } from "../../hooks/Lazy";
import { AgreeField } from "./AgreeField";
import { ChoicesField } from "./ChoicesField";
import { DateField } from "./DateField";
import { ListField } from "./ListField";
import { TextField } from "./TextField";
import type { FieldProps } from "./types";
import { YesNoField } from "./YesNoField";

// The tailored plan's fields and the library's words load when one of their sections opens.
export const loadTailoring = withWords("tailoring", () => import("../../tailoring/TailoringFields"));
// A checklist loads when a plan that has one is shown (PlanEditor waits for it before it says
// it is ready): most plans have none. The list's own page has it with its first screen
// (ChecklistWorkspace). The answer lives in the store, not in the field, so nothing
// is lost while it loads; printing has its own code (PrintView) and does not need it. Lists stay
// on the first screen: most plans have them, and a section opened and typed into at once must
// find its list there.
export const loadChecklist = () => import("./ChecklistField");

/** Holds a field's place while its code loads, so the page does not jump. */
const loading = <div class="field" aria-busy="true" />;

/** Picks the input for a field type. One editor for every template. */
export function FieldView(
  props: FieldProps & {
    renderDrawing?: (p: FieldProps) => preact.VNode;
    /** Whether its section is open: heavy fields load only once it is. */
    open?: boolean;
  },
) {
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
      return (
        <Lazy
          load={loadChecklist}
          fallback={loading}
          render={(m) => <m.ChecklistField {...(props as FieldProps<ChecklistAnswer>)} />}
        />
      );
    case "drawing":
      return props.renderDrawing ? props.renderDrawing(props) : null;
    case "situation":
    case "priorities":
    case "strategies":
      if (props.open === false) return null;
      return (
        <Lazy
          load={loadTailoring}
          render={(m) =>
            field.type === "situation" ? (
              <m.SituationField {...(props as FieldProps<SituationAnswer>)} />
            ) : field.type === "priorities" ? (
              <m.PrioritiesField {...(props as FieldProps<PriorityAnswer>)} />
            ) : (
              <m.StrategiesField {...(props as FieldProps<StrategiesAnswer>)} />
            )
          }
        />
      );
  }
}

export type { Answer, Field };
