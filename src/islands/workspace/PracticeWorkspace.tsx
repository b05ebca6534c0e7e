import { t } from "../../core/i18n/runtime";
import { LazyPractice, type LazyPracticeProps } from "../child/LazyPractice";
import { Practice } from "../child/Practice";
import type { PlanEditorProps } from "../editor/PlanEditor";
import { Lazy } from "../hooks/Lazy";
import { LazyStorage } from "./LazyStorage";
import { PersonalWorkspace, type PersonalWorkspaceProps } from "./PersonalWorkspace";

const load = () => import("../editor/PlanEditor");

/** The plan editor, loaded the first time a practice page moves to a plan. */
function LazyEditor(props: PlanEditorProps) {
  return (
    <Lazy
      load={load}
      render={({ default: PlanEditor }) => <PlanEditor {...props} />}
      fallback={<p class="workspace-loading">{t("common.opening")}</p>}
    />
  );
}

/** Practice with its screens bundled: on a practice page it is the first screen. */
function BundledPractice(props: LazyPracticeProps) {
  return <LazyPractice {...props} Practice={Practice} />;
}

/** The workspace on a practice page: practice first, the plans' editor only when opened. */
export default function PracticeWorkspace(props: Omit<PersonalWorkspaceProps, "Editor" | "Storage" | "PracticeView">) {
  return <PersonalWorkspace {...props} Editor={LazyEditor} Storage={LazyStorage} PracticeView={BundledPractice} />;
}
