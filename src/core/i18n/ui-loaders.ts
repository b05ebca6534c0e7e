import type { Catalogue } from "./entry";
import type { Lang } from "./languages";
import type { UiPart } from "./ui-parts";

/**
 * Each late part of the islands' words, by language, as its own chunk: a page fetches only its
 * own language's part, and only when the code that shows it loads (runtime.ts, loadUiPart).
 * Written out in full so the bundler sees every chunk.
 */
export const UI_PART_LOADERS: Record<Lang, Record<UiPart, () => Promise<Catalogue>>> = {
  en: {
    forms: () => import("./en/ui/forms").then((m) => m.forms),
    later: () => import("./en/ui/later").then((m) => m.later),
    session: () => import("./en/ui/session").then((m) => m.session),
    handover: () => import("./en/ui/handover").then((m) => m.handover),
    child: () => import("./en/ui/child").then((m) => m.child),
    steps: () => import("./en/ui/steps").then((m) => m.steps),
    tailoring: () => import("./en/ui/tailoring").then((m) => m.tailoring),
  },
  cy: {
    forms: () => import("./cy/ui/forms").then((m) => m.forms),
    later: () => import("./cy/ui/later").then((m) => m.later),
    session: () => import("./cy/ui/session").then((m) => m.session),
    handover: () => import("./cy/ui/handover").then((m) => m.handover),
    child: () => import("./cy/ui/child").then((m) => m.child),
    steps: () => import("./cy/ui/steps").then((m) => m.steps),
    tailoring: () => import("./cy/ui/tailoring").then((m) => m.tailoring),
  },
  ar: {
    forms: () => import("./ar/ui/forms").then((m) => m.forms),
    later: () => import("./ar/ui/later").then((m) => m.later),
    session: () => import("./ar/ui/session").then((m) => m.session),
    handover: () => import("./ar/ui/handover").then((m) => m.handover),
    child: () => import("./ar/ui/child").then((m) => m.child),
    steps: () => import("./ar/ui/steps").then((m) => m.steps),
    tailoring: () => import("./ar/ui/tailoring").then((m) => m.tailoring),
  },
};
