import { useEffect, useState } from "preact/hooks";
// Imported, not loaded on demand as the other words' tables are: on a practice page, practice is
// the first screen, and its words would otherwise wait one more round trip for this table.
import { practiceWordsLoader } from "../../core/i18n/practice-words";
import { loadUiPart, t, uiLang, withOverrides } from "../../core/i18n/runtime";
import type { Plan } from "../../core/plans/schema";
import { buildPractice, type PracticeShape } from "../../core/practice/shape";
import type { Audience, PracticeSet } from "../../core/practice/types";
import { PracticeLoading } from "./PracticeLoading";

type PracticeScreens = typeof import("./Practice").Practice;
type Loaded = { Practice: PracticeScreens; set: PracticeSet };

/**
 * Each practice's structure and its words, in the page's language only, load when someone opens
 * it. Each structure's import is written out so the bundler makes a chunk of each.
 */
const shapeLoaders: Record<Audience, () => Promise<PracticeShape>> = {
  child: () => import("../../core/practice/shapes/child").then((m) => m.childPracticeShape),
  "young-person": () => import("../../core/practice/shapes/young-person").then((m) => m.youngPersonPracticeShape),
};

/** Loads practice (its screens, its structure and its words) only when someone opens it. */
async function load(audience: Audience, given?: PracticeScreens): Promise<Loaded> {
  const [Practice, shape, words] = await Promise.all([
    given ?? import("./Practice").then((m) => m.Practice),
    shapeLoaders[audience](),
    practiceWordsLoader(uiLang(), audience)(),
    loadUiPart("child"),
    loadUiPart("practice"),
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
