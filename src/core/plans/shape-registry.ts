import type { TemplateShape } from "./shape";
import type { PlanKind } from "./template";
import { adultShape } from "./templates/adult";
import { checklistShape } from "./templates/checklist";
import { childShape } from "./templates/child";
import { youngPersonShape } from "./templates/young-person";

/** Every plan's structure, by kind. A Record, so adding a kind without a template fails to compile. */
export const shapes: Record<PlanKind, TemplateShape> = {
  adult: adultShape,
  "young-person": youngPersonShape,
  child: childShape,
  checklist: checklistShape,
};
