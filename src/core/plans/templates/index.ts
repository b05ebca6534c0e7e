import { catalogueWith } from "../../i18n/catalogue";
import { adult } from "../../i18n/en/plans/adult";
import { checklist } from "../../i18n/en/plans/checklist";
import { child } from "../../i18n/en/plans/child";
import { youngPerson } from "../../i18n/en/plans/young-person";
import type { Catalogue } from "../../i18n/entry";
import type { Lang } from "../../i18n/languages";
import { buildTemplate } from "../shape";
import { shapes } from "../shape-registry";
import type { PlanKind, Template } from "../template";

const ENGLISH: Record<PlanKind, Catalogue> = { adult, checklist, "young-person": youngPerson, child };

/** Every plan template in English, by kind (tests, fixtures and English-only tools). */
export const templates: Record<PlanKind, Template> = {
  adult: buildTemplate(shapes.adult, ENGLISH.adult),
  "young-person": buildTemplate(shapes["young-person"], ENGLISH["young-person"]),
  child: buildTemplate(shapes.child, ENGLISH.child),
  checklist: buildTemplate(shapes.checklist, ENGLISH.checklist),
};

export function getTemplate(kind: PlanKind): Template {
  return templates[kind];
}

/** Every template in a language, with the organisation's own wording (build time). */
export function templatesFor(lang: Lang, overrides: Parameters<typeof catalogueWith>[1]): Record<PlanKind, Template> {
  const { plans } = catalogueWith(lang, overrides);
  const build = (kind: PlanKind) => buildTemplate(shapes[kind], plans[kind]);
  return {
    adult: build("adult"),
    "young-person": build("young-person"),
    child: build("child"),
    checklist: build("checklist"),
  };
}

export const adultTemplate = templates.adult;
export const checklistTemplate = templates.checklist;
export const childTemplate = templates.child;
export const youngPersonTemplate = templates["young-person"];

export { shapes };
