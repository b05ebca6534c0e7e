import { useEffect, useState } from "preact/hooks";
import type { Catalogue } from "../../core/i18n/entry";
import type { Lang } from "../../core/i18n/languages";
import { loadUiPart, t, uiLang, withOverrides } from "../../core/i18n/runtime";
import type { Plan } from "../../core/plans/schema";
import { buildPractice, type PracticeShape } from "../../core/practice/shape";
import type { Audience, PracticeSet } from "../../core/practice/types";
import { PracticeLoading } from "./PracticeLoading";

type PracticeScreens = typeof import("./Practice").Practice;
type Loaded = { Practice: PracticeScreens; set: PracticeSet };

/**
 * Each practice's structure and its words, in the page's language only, load when someone opens
 * it. Each import is written out so the bundler makes a chunk of each.
 */
const shapeLoaders: Record<Audience, () => Promise<PracticeShape>> = {
  child: () => import("../../core/practice/shapes/child").then((m) => m.childPracticeShape),
  "young-person": () => import("../../core/practice/shapes/young-person").then((m) => m.youngPersonPracticeShape),
};

const wordLoaders: Record<Lang, Record<Audience, () => Promise<Catalogue>>> = {
  en: {
    child: () => import("../../core/i18n/en/practice/child").then((m) => m.childPractice),
    "young-person": () => import("../../core/i18n/en/practice/young-person").then((m) => m.youngPersonPractice),
  },
  cy: {
    child: () => import("../../core/i18n/cy/practice/child").then((m) => m.childPractice),
    "young-person": () => import("../../core/i18n/cy/practice/young-person").then((m) => m.youngPersonPractice),
  },
  ar: {
    child: () => import("../../core/i18n/ar/practice/child").then((m) => m.childPractice),
    "young-person": () => import("../../core/i18n/ar/practice/young-person").then((m) => m.youngPersonPractice),
  },
};

/** Loads practice (its screens, its structure and its words) only when someone opens it. */
async function load(audience: Audience, given?: PracticeScreens): Promise<Loaded> {
  const [Practice, shape, words] = await Promise.all([
    given ?? import("./Practice").then((m) => m.Practice),
    shapeLoaders[audience](),
    wordLoaders[uiLang()][audience](),
    loadUiPart("child"),
  ]);
  return { Practice, set: buildPractice(shape, withOverrides(words)) };
}

export interface LazyPracticeProps {
  audience: Audience;
  plan: Plan | undefined;
  onBack: () => void;
  /** The practice pages come with the screens, since practice is their first screen. */
  Practice?: PracticeScreens | undefined;
}

export function LazyPractice(props: LazyPracticeProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    load(props.audience, props.Practice).then(setLoaded, () => setFailed(true));
  }, [props.audience]);
  if (failed) return <p role="alert">{t("child.practice.loadFailed")}</p>;
  if (!loaded) return <PracticeLoading />;
  const { Practice, set } = loaded;
  return <Practice set={set} plan={props.plan} onBack={props.onBack} />;
}
