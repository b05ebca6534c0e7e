import { t } from "../../core/i18n/runtime";
import type { Plan } from "../../core/plans/schema";
import { countText, KIND_ORDER, kindName, type PlanView, pathForView, planNameParts } from "../../core/workspace/views";

/**
 * Every plan in the workspace, as links. They are real addresses (they work without
 * JavaScript and can be bookmarked); with JavaScript the workspace opens them in place.
 * A kind with no plan yet still has its link, which starts one.
 */
export function WorkspaceNav(props: { plans: readonly Plan[]; view: PlanView }) {
  const { plans, view } = props;
  const shownId =
    (view.planId && plans.some((p) => p.id === view.planId) ? view.planId : undefined) ??
    plans.find((p) => p.kind === view.kind)?.id;
  const items = KIND_ORDER.flatMap((kind) => {
    const ofKind = plans.filter((p) => p.kind === kind);
    if (ofKind.length === 0)
      return [
        {
          key: kind,
          href: pathForView({ kind }),
          name: { before: kindName(kind), label: "", after: "" },
          note: "",
          current: view.kind === kind,
        },
      ];
    return ofKind.map((p) => {
      return {
        key: p.id,
        href: pathForView(ofKind.length > 1 ? { kind, planId: p.id } : { kind }),
        name: planNameParts(p),
        // Says what it counts: "14 things decided" on the list, not its 4 groups.
        note: countText(p),
        current: p.id === shownId,
      };
    });
  });
  return (
    <nav class="workspace-nav no-print" aria-label={t("workspace.nav.label")}>
      <p class="workspace-nav-title" aria-hidden="true">
        {t("workspace.nav.label")}
      </p>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <a href={item.href} aria-current={item.current && !view.practice ? "page" : undefined}>
              {/* null, not "": the build writes nothing for an empty string, and Preact would
                  add an empty text node for it while taking over the page (a second layout). */}
              {item.name.before || null}
              {item.name.label ? <bdi>{item.name.label}</bdi> : null}
              {item.name.after || null}
              {item.note ? <span class="workspace-nav-note">{` · ${item.note}`}</span> : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
