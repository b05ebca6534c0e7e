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
 * it. Each structure's import is written out so the bundler makes a chunk of each.
 */
const shapeLoaders: Record<Audience, () => Promise<PracticeShape>> = {
  child: () => import("../../core/practice/shapes/child").then((m) => m.childPracticeShape),
  "young-person": () => import("../../core/practice/shapes/young-person").then((m) => m.youngPersonPracticeShape),
};

/** The name each practice's words are exported by, in every language's practice/<audience>.ts. */
const WORDS_EXPORT: Record<Audience, string> = { child: "childPractice", "young-person": "youngPersonPractice" };

/**
 * A practice's words in the page's language. The bundler finds every language's files
 * (src/core/i18n/<lang>/practice/<audience>.ts) and makes a chunk of each: a new language needs
 * no line here.
 */
function loadWords(lang: Lang, audience: Audience): Promise<Catalogue> {
  const found = import.meta.glob<Record<string, Catalogue>>("../../core/i18n/*/practice/*.ts");
  const load = found[`../../core/i18n/${lang}/practice/${audience}.ts`];
  if (!load) return Promise.reject(new Error(`src/core/i18n/${lang}/practice/${audience}.ts is missing`));
  return load().then((m) => m[WORDS_EXPORT[audience]] as Catalogue);
}

/** Loads practice (its screens, its structure and its words) only when someone opens it. */
async function load(audience: Audience, given?: PracticeScreens): Promise<Loaded> {
  const [Practice, shape, words] = await Promise.all([
    given ?? import("./Practice").then((m) => m.Practice),
    shapeLoaders[audience](),
    loadWords(uiLang(), audience),
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
