import { PhoneCard } from "../editor/PhoneCard";
import PlanEditor from "../editor/PlanEditor";
import { childParts } from "./childParts";
import { LazyStorage } from "./LazyStorage";
import { PersonalWorkspace, type PersonalWorkspaceProps } from "./PersonalWorkspace";

/** The workspace on the child's plan page, bundled with the child's steps, drawing and card. */
export default function ChildWorkspace(
  props: Omit<PersonalWorkspaceProps, "Card" | "childParts" | "Editor" | "Storage">,
) {
  return (
    <PersonalWorkspace {...props} Card={PhoneCard} childParts={childParts} Editor={PlanEditor} Storage={LazyStorage} />
  );
}
