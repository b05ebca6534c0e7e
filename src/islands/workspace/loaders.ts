import type { Catalogue } from "../../core/i18n/entry";
import type { Lang } from "../../core/i18n/languages";
import { loadUiPart, uiLang, withOverrides, withWords } from "../../core/i18n/runtime";
import type { UiPart } from "../../core/i18n/ui-parts";
import { buildTemplate, type TemplateShape } from "../../core/plans/shape";
import type { PlanKind, Template } from "../../core/plans/template";
import type { FieldProps } from "../editor/fields/types";
import type { PhoneCardProps } from "../editor/PhoneCard";
import type { StepsContext } from "../editor/PlanEditor";
import type { TailoringParts } from "../tailoring/parts";

/**
 * Each plan's structure and its words (in the page's language only) load when that plan is
 * opened, so the adult's plan never loads the child's drawing. The page's first plan comes
 * with the page instead. Each structure's import is written out so the bundler makes a chunk of each.
 */
const shapeLoaders: Record<PlanKind, () => Promise<TemplateShape>> = {
  adult: () => import("../../core/plans/templates/adult").then((m) => m.adultShape),
  checklist: () => import("../../core/plans/templates/checklist").then((m) => m.checklistShape),
  "young-person": () => import("../../core/plans/templates/young-person").then((m) => m.youngPersonShape),
  child: () => import("../../core/plans/templates/child").then((m) => m.childShape),
};

/** A plan's words in the page's language, found where every language's are (word-loaders.ts). */
function loadWords(lang: Lang, kind: PlanKind): Promise<Catalogue> {
  return import("../../core/i18n/word-loaders").then((m) => m.planWordsLoader(lang, kind)());
}

/** Words a plan's own fields and printout use beyond every plan page's: with its structure, so it prints whole. */
const planParts: Partial<Record<PlanKind, UiPart>> = { checklist: "list" };

export const templateLoaders: Record<PlanKind, () => Promise<Template>> = Object.fromEntries(
  (Object.keys(shapeLoaders) as PlanKind[]).map((kind) => [
    kind,
    async () => {
      const part = planParts[kind];
      const [shape, words] = await Promise.all([
        shapeLoaders[kind](),
        loadWords(uiLang(), kind),
        part && loadUiPart(part),
      ]);
      return buildTemplate(shape, withOverrides(words));
    },
  ]),
) as Record<PlanKind, () => Promise<Template>>;

/** The child's plan's own parts: one step per screen, and the "Me" drawing. */
export interface ChildParts {
  renderDrawing: (p: FieldProps) => preact.VNode;
  StepsView: preact.FunctionComponent<{ ctx: StepsContext; onFinish?: () => void }>;
}

export const loadChildParts: () => Promise<ChildParts> = withWords(["child", "steps"], () =>
  import("./childParts").then((m) => m.childParts),
);

/** The child's words (practice, read aloud), for the young person's and child's screens. */
export const loadChildWords: () => Promise<true> = withWords("child", async () => true as const);

/**
 * The card of names and numbers that young people and children print. Bundled with their
 * pages; the adult's pages and the session load it before showing such a plan, so printing
 * (from the page or the browser's menu) never finds the card missing.
 */
export const loadPhoneCard: () => Promise<preact.FunctionComponent<PhoneCardProps>> = withWords("card", () =>
  import("../editor/PhoneCard").then((m) => m.PhoneCard),
);

/** The adult's plan's tailored parts (../tailoring/parts.ts): bundled with its page. */
export const loadTailoringParts: () => Promise<TailoringParts> = withWords("offer", () =>
  import("../tailoring/parts").then((m) => m.tailoringParts),
);
