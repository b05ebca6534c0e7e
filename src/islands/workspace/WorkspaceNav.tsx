import { t } from "../../core/i18n/runtime";
import type { Plan } from "../../core/plans/schema";
import { countText, KIND_ORDER, kindName, type PlanView, pathForView, planNameParts } from "../../core/workspace/views";

/**
 * A link's parts. A plan not started, as every link is when the page is built, has its name
 * alone: the build writes nothing for an empty string, and Preact would add an empty text node
 * for one while taking the page over (a second layout on a slow phone).
 */
type NavItem = {
  key: string;
  href: string;
  name: { before: string; label?: string; after?: string };
  note?: string;
  current: boolean;
};

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
  const items = KIND_ORDER.flatMap((kind): NavItem[] => {
    const ofKind = plans.filter((p) => p.kind === kind);
    if (ofKind.length === 0)
      return [
        {
          key: kind,
          href: pathForView({ kind }),
          name: { before: kindName(kind) },
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
              {item.name.before}
              {item.name.label && <bdi>{item.name.label}</bdi>}
              {item.name.after}
              {item.note && <span class="workspace-nav-note"> · {item.note}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
