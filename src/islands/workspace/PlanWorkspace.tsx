import PlanEditor, { loadPrintView } from "../editor/PlanEditor";
import { preload } from "../hooks/Lazy";
import { StorageControls } from "../storage/StorageControls";
import { PersonalWorkspace, type PersonalWorkspaceProps } from "./PersonalWorkspace";

// These plans print in full: have the printout ready before anyone presses Print or Ctrl+P.
preload(loadPrintView);

/** The workspace on a plan page (adult's plan, things to take, young person's plan). */
export default function PlanWorkspace(props: Omit<PersonalWorkspaceProps, "Editor" | "Storage">) {
  return <PersonalWorkspace {...props} Editor={PlanEditor} Storage={StorageControls} />;
}
