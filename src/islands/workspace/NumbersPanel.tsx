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
      {!props.practising && props.kids && props.kids.length > 0 && (
        <section aria-labelledby="numbers-section-kids">
          <h3 id="numbers-section-kids">{t("workspace.numbers.forChildren")}</h3>
          <ul class="numbers-list">
            {props.kids.map((n) => (
              <li key={n.phone}>
                <strong {...keepAsIs(n.ownName, n.nameLang)}>{n.name}</strong>{" "}
                <a class="tel" href={telHref(n.phone)} dir="ltr">
                  {n.phone}
                </a>
                {n.note && <span class="numbers-note"> {n.note}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {/* Ids by position: a heading in Welsh or Arabic has letters \W would drop. */}
      {!props.practising &&
        props.sections.map((section, i) => (
          <section key={section.title} aria-labelledby={`numbers-section-${i}`}>
            <h3 id={`numbers-section-${i}`}>{section.title}</h3>
            <ul class="numbers-list">
              {section.services.map((s) => (
                <li key={s.name}>
                  <strong {...keepAsIs(s.ownName, s.nameLang)}>{s.name}</strong>{" "}
                  <a class="tel" href={telHref(s.phone)} dir="ltr">
                    {s.phone}
                  </a>
                  <span class="numbers-note">
                    {" "}
                    {s.forWhom} {s.hours}
                  </span>
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
