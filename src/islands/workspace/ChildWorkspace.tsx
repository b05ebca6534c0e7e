import { childParts } from "./childParts";
import PersonalWorkspace, { type PersonalWorkspaceProps } from "./PersonalWorkspace";

/** The same workspace, bundled with the child's steps and drawing for the child's own pages. */
export default function ChildWorkspace(props: Omit<PersonalWorkspaceProps, "childParts">) {
  return <PersonalWorkspace {...props} childParts={childParts} />;
}
