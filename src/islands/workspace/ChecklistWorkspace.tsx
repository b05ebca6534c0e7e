import PlanEditor from "../editor/PlanEditor";
import { StorageControls } from "../storage/StorageControls";
import { PersonalWorkspace, type PersonalWorkspaceProps } from "./PersonalWorkspace";

/** The workspace on the list of things to take: other plans' own parts load when opened. */
export default function ChecklistWorkspace(
  props: Omit<PersonalWorkspaceProps, "Card" | "Editor" | "Storage" | "tailoring">,
) {
  return <PersonalWorkspace {...props} Editor={PlanEditor} Storage={StorageControls} />;
}
