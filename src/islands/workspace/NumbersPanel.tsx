import type { NumberEntry } from "../../core/config/numbers";
import type { PanelSection } from "../../core/config/panel";
import { telHref } from "../../core/config/tel";
import { t } from "../../core/i18n/runtime";
import { keepAsIs } from "../hooks/keepAsIs";
import { Modal } from "./Modal";

/**
 * The phone numbers, inside the workspace: looking one up leaves the plan where it is. The
 * same numbers as the /help/ page: services keep their own names (translate="no"), and numbers
 * read left to right in every language.
 */
export function NumbersPanel(props: {
  open: boolean;
  sections: readonly PanelSection[];
  /** Opened from practice: no number that can dial, and why, where the numbers would be. */
  practising?: boolean;
  /**
   * A child's or young person's plan is on screen: their own numbers (999, Childline, the NSPCC)
   * come first, under their own heading, before the adults' services.
   */
  kids?: readonly NumberEntry[];
  onClose: () => void;
}) {
  return (
    <Modal open={props.open} titleId="numbers-title" onClose={props.onClose} class="numbers-panel">
      {/* Focus starts on the title, so the panel opens at its top with 999 in view (focus on
          the button at the end scrolled a phone's panel to its end). */}
      <h2 id="numbers-title" tabIndex={-1} autofocus>
        {t("workspace.numbers.title")}
      </h2>
      {props.practising && <p class="numbers-practising">{t("workspace.numbers.practising")}</p>}
      {!props.practising && <p>{t("workspace.numbers.intro")}</p>}
      {/* Ids by position: a heading in Welsh or Arabic has letters \W would drop. */}
      {!props.practising &&
        panelSections(props.sections, props.kids).map((section) => (
          <section key={section.id} aria-labelledby={`numbers-section-${section.id}`}>
            <h3 id={`numbers-section-${section.id}`}>{section.title}</h3>
            <ul class="numbers-list">
              {section.lines.map((n) => (
                <li key={n.key}>
                  <strong {...keepAsIs(n.ownName, n.nameLang)}>{n.name}</strong>{" "}
                  <a class="tel" href={telHref(n.phone)} dir="ltr">
                    {n.phone}
                  </a>
                  {n.note && <span class="numbers-note"> {n.note}</span>}
                </li>
              ))}
            </ul>
          </section>
        ))}
      <p>
        <button type="button" class="button" onClick={props.onClose}>
          {props.practising ? t("workspace.numbers.backToPractice") : t("workspace.numbers.back")}
        </button>
      </p>
    </Modal>
  );
}

/** One number in the panel, from a service or from a child's numbers. */
interface Line {
  key: string;
  name: string;
  ownName: boolean;
  nameLang?: string | undefined;
  phone: string;
  note: string;
}

/** The panel's sections: a child's or young person's own numbers first, then the services. */
function panelSections(sections: readonly PanelSection[], kids: readonly NumberEntry[] | undefined) {
  const own = kids?.length
    ? [
        {
          id: "kids",
          title: t("workspace.numbers.forChildren"),
          lines: kids.map((n): Line => ({ ...n, key: n.phone })),
        },
      ]
    : [];
  return [
    ...own,
    ...sections.map((section, i) => ({
      id: String(i),
      title: section.title,
      lines: section.services.map(
        (s): Line => ({
          key: s.name,
          name: s.name,
          ownName: s.ownName,
          nameLang: s.nameLang,
          phone: s.phone,
          note: `${s.forWhom} ${s.hours}`,
        }),
      ),
    })),
  ];
}
