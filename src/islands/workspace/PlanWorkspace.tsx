import PlanEditor from "../editor/PlanEditor";
import { StorageControls } from "../storage/StorageControls";
import { PersonalWorkspace, type PersonalWorkspaceProps } from "./PersonalWorkspace";

/** The workspace on a plan page (adult's plan, things to take, young person's plan). */
export default function PlanWorkspace(props: Omit<PersonalWorkspaceProps, "Editor" | "Storage">) {
  return <PersonalWorkspace {...props} Editor={PlanEditor} Storage={StorageControls} />;
}
