import { useEffect, useState } from "preact/hooks";
import type { Plan } from "../../core/plans/schema";
import type { Audience, PracticeSet } from "../../core/practice/types";

type Loaded = { Practice: typeof import("./Practice").Practice; set: PracticeSet };

/** Loads practice (its screens and its words) only when someone opens it. */
async function load(audience: Audience): Promise<Loaded> {
  const [{ Practice }, set] = await Promise.all([
    import("./Practice"),
    audience === "child"
      ? import("../../core/practice/child").then((m) => m.childPractice)
      : import("../../core/practice/young-person").then((m) => m.youngPersonPractice),
  ]);
  return { Practice, set };
}

export function LazyPractice(props: { audience: Audience; plan: Plan | undefined; onBack: () => void }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    load(props.audience).then(setLoaded, () => setFailed(true));
  }, [props.audience]);
  if (failed) return <p role="alert">Practice could not load. Check your connection and reload the page.</p>;
  if (!loaded)
    return (
      <section class="practice" aria-labelledby="practice-title">
        <h1 id="practice-title">Practice</h1>
        <p class="practice-loading">Getting practice ready…</p>
      </section>
    );
  const { Practice, set } = loaded;
  return <Practice set={set} plan={props.plan} onBack={props.onBack} />;
}
