import PlanEditor from "../editor/PlanEditor";
import { childParts } from "./childParts";
import { LazyStorage } from "./LazyStorage";
import { PersonalWorkspace, type PersonalWorkspaceProps } from "./PersonalWorkspace";

/** The workspace on the child's plan page, bundled with the child's steps and drawing. */
export default function ChildWorkspace(props: Omit<PersonalWorkspaceProps, "childParts" | "Editor" | "Storage">) {
  return <PersonalWorkspace {...props} childParts={childParts} Editor={PlanEditor} Storage={LazyStorage} />;
}
