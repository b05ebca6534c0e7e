import type { Drawing } from "../../core/plans/schema";
import { DrawingField } from "../child/DrawingField";
import { StepsView } from "../child/StepsView";
import type { FieldProps } from "../editor/fields/types";
import type { ChildParts } from "./loaders";

/** Bundled with the child's page, and loaded on demand everywhere else. */
export const childParts: ChildParts = {
  renderDrawing: (p: FieldProps) => <DrawingField {...(p as FieldProps<Drawing>)} />,
  StepsView,
};
