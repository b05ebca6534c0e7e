import { PhoneCard } from "../editor/PhoneCard";
import PlanEditor from "../editor/PlanEditor";
import { StorageControls } from "../storage/StorageControls";
import { PersonalWorkspace, type PersonalWorkspaceProps } from "./PersonalWorkspace";

/** The workspace on the young person's plan page, bundled with the card of numbers it prints. */
export default function YoungPersonWorkspace(props: Omit<PersonalWorkspaceProps, "Card" | "Editor" | "Storage">) {
  return <PersonalWorkspace {...props} Card={PhoneCard} Editor={PlanEditor} Storage={StorageControls} />;
}
