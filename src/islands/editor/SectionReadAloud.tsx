import { withWords } from "../../core/i18n/runtime";
import type { Answer } from "../../core/plans/schema";
import type { Section } from "../../core/plans/template";
import { Lazy } from "../hooks/Lazy";

const load = withWords("child", () =>
  Promise.all([import("../child/ReadAloud"), import("../../core/plans/sentences")]).then(([r, s]) => ({
    ReadAloud: r.ReadAloud,
    sectionSpeech: s.sectionSpeech,
  })),
);

/** Read aloud for a section, loaded only by plans whose sections have it (the young person's). */
export function SectionReadAloud(props: { section: Section; values: readonly (Answer | undefined)[] }) {
  return (
    <Lazy
      load={load}
      render={({ ReadAloud, sectionSpeech }) => <ReadAloud text={sectionSpeech(props.section, props.values)} />}
    />
  );
}
