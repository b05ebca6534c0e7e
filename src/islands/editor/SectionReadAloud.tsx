import { useEffect, useState } from "preact/hooks";
import type { Answer } from "../../core/plans/schema";
import type { Section } from "../../core/plans/template";

type Parts = {
  ReadAloud: typeof import("../child/ReadAloud").ReadAloud;
  sectionSpeech: typeof import("../../core/plans/sentences").sectionSpeech;
};
let loaded: Parts | null = null;

/** Read aloud for a section, loaded only by plans whose sections have it (the young person's). */
export function SectionReadAloud(props: { section: Section; values: readonly (Answer | undefined)[] }) {
  const [parts, setParts] = useState<Parts | null>(loaded);
  useEffect(() => {
    if (parts) return;
    void Promise.all([import("../child/ReadAloud"), import("../../core/plans/sentences")]).then(([r, s]) => {
      loaded = { ReadAloud: r.ReadAloud, sectionSpeech: s.sectionSpeech };
      setParts(loaded);
    });
  }, [parts]);
  return parts ? <parts.ReadAloud text={parts.sectionSpeech(props.section, props.values)} /> : null;
}
