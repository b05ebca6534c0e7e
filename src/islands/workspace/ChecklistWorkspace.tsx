import * as checklistField from "../editor/fields/ChecklistField";
import { loadChecklist } from "../editor/fields/FieldView";
import PlanEditor from "../editor/PlanEditor";
import { loaded } from "../hooks/Lazy";
import { StorageControls } from "../storage/StorageControls";
import { PersonalWorkspace, type PersonalWorkspaceProps } from "./PersonalWorkspace";

// The list is this page's first screen: its code comes with the page, not fetched after the
// page has started (it held up the ready mark by a round trip, a compile and a second render).
loaded.set(loadChecklist, checklistField);

/** The workspace on the list of things to take: other plans' own parts load when opened. */
export default function ChecklistWorkspace(
  props: Omit<PersonalWorkspaceProps, "Card" | "Editor" | "Storage" | "tailoring">,
) {
  return <PersonalWorkspace {...props} Editor={PlanEditor} Storage={StorageControls} />;
}
