import type { Drawing } from "../../core/plans/schema";
import { StepsView } from "../child/StepsView";
import type { FieldProps } from "../editor/fields/types";
import { Lazy } from "../hooks/Lazy";
import type { ChildParts } from "./loaders";

// The "Me" drawing is one of the last steps: its canvas code loads when that step is shown.
const loadDrawing = () => import("../child/DrawingField");

/** Bundled with the child's page, and loaded on demand everywhere else. */
export const childParts: ChildParts = {
  renderDrawing: (p: FieldProps) => (
    <Lazy load={loadDrawing} render={({ DrawingField }) => <DrawingField {...(p as FieldProps<Drawing>)} />} />
  ),
  StepsView,
};
