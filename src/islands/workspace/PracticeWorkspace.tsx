import { useEffect, useState } from "preact/hooks";
import type { PlanEditorProps } from "../editor/PlanEditor";
import { LazyStorage } from "./LazyStorage";
import { PersonalWorkspace, type PersonalWorkspaceProps } from "./PersonalWorkspace";

let loaded: preact.ComponentType<PlanEditorProps> | null = null;

/** The plan editor, loaded the first time a practice page moves to a plan. */
function LazyEditor(props: PlanEditorProps) {
  const [Editor, setEditor] = useState(() => loaded);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (Editor) return;
    import("../editor/PlanEditor").then(
      (m) => {
        loaded = m.default;
        setEditor(() => m.default);
      },
      () => setFailed(true),
    );
  }, [Editor]);
  if (failed)
    return (
      <p role="alert">This part could not load. Check your connection and try again: nothing you wrote is lost.</p>
    );
  return Editor ? <Editor {...props} /> : <p class="workspace-loading">Opening…</p>;
}

/** The workspace on a practice page: practice first, the plans' editor only when opened. */
export default function PracticeWorkspace(props: Omit<PersonalWorkspaceProps, "Editor" | "Storage">) {
  return <PersonalWorkspace {...props} Editor={LazyEditor} Storage={LazyStorage} />;
}
