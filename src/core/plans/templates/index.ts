import { catalogueWith } from "../../i18n/catalogue";
import type { Catalogue } from "../../i18n/entry";
import type { Lang } from "../../i18n/languages";
import { adult } from "../../i18n/en/plans/adult";
import { checklist } from "../../i18n/en/plans/checklist";
import { child } from "../../i18n/en/plans/child";
import { youngPerson } from "../../i18n/en/plans/young-person";
import { buildTemplate, type TemplateShape } from "../shape";
import type { PlanKind, Template } from "../template";
import { adultShape } from "./adult";
import { checklistShape } from "./checklist";
import { childShape } from "./child";
import { youngPersonShape } from "./young-person";

/** Every plan's structure, by kind. A Record, so adding a kind without a template fails to compile. */
export const shapes: Record<PlanKind, TemplateShape> = {
  adult: adultShape,
  "young-person": youngPersonShape,
  child: childShape,
  checklist: checklistShape,
};

const ENGLISH: Record<PlanKind, Catalogue> = { adult, checklist, "young-person": youngPerson, child };

/** Every plan template in English, by kind (tests, fixtures and English-only tools). */
export const templates: Record<PlanKind, Template> = {
  adult: buildTemplate(adultShape, ENGLISH.adult),
  "young-person": buildTemplate(youngPersonShape, ENGLISH["young-person"]),
  child: buildTemplate(childShape, ENGLISH.child),
  checklist: buildTemplate(checklistShape, ENGLISH.checklist),
};

export function getTemplate(kind: PlanKind): Template {
  return templates[kind];
}

/** Every template in a language, with the organisation's own wording (build time). */
export function templatesFor(lang: Lang, overrides: Parameters<typeof catalogueWith>[1]): Record<PlanKind, Template> {
  const { plans } = catalogueWith(lang, overrides);
  const build = (kind: PlanKind) => buildTemplate(shapes[kind], plans[kind]);
  return { adult: build("adult"), "young-person": build("young-person"), child: build("child"), checklist: build("checklist") };
}

export const adultTemplate = templates.adult;
export const checklistTemplate = templates.checklist;
export const childTemplate = templates.child;
export const youngPersonTemplate = templates["young-person"];
