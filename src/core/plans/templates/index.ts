import type { PlanKind, Template } from "../template";
import { adultTemplate } from "./adult";
import { checklistTemplate } from "./checklist";
import { childTemplate } from "./child";
import { youngPersonTemplate } from "./young-person";

/** Every plan template, by kind. A Record, so adding a kind without a template fails to compile. */
export const templates: Record<PlanKind, Template> = {
  adult: adultTemplate,
  "young-person": youngPersonTemplate,
  child: childTemplate,
  checklist: checklistTemplate,
};

export function getTemplate(kind: PlanKind): Template {
  return templates[kind];
}

export { adultTemplate, checklistTemplate, childTemplate, youngPersonTemplate };
