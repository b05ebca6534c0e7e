import PlanEditor from "../editor/PlanEditor";
import { StorageControls } from "../storage/StorageControls";
import { tailoringParts } from "../tailoring/parts";
import { PersonalWorkspace, type PersonalWorkspaceProps } from "./PersonalWorkspace";

/** The workspace on the adult's plan page, bundled with the plan's tailored parts. */
export default function AdultWorkspace(
  props: Omit<PersonalWorkspaceProps, "Card" | "Editor" | "Storage" | "tailoring">,
) {
  return <PersonalWorkspace {...props} tailoring={tailoringParts} Editor={PlanEditor} Storage={StorageControls} />;
}
