import type { PanelSection } from "../../core/config/panel";
import { telHref } from "../../core/config/tel";
import { Modal } from "./Modal";

/**
 * The phone numbers, inside the workspace: looking one up leaves the plan where it is. The
 * same numbers as the /help/ page.
 */
export function NumbersPanel(props: { open: boolean; sections: readonly PanelSection[]; onClose: () => void }) {
  return (
    <Modal open={props.open} titleId="numbers-title" onClose={props.onClose} class="numbers-panel">
      <h2 id="numbers-title">Phone numbers for help</h2>
      <p>
        Your plan stays as it is behind this panel. In danger now, phone 999. On a mobile, if you cannot speak, press 55
        when asked.
      </p>
      {props.sections.map((section) => (
        <section key={section.title} aria-labelledby={`numbers-${section.title.replace(/\W+/g, "-")}`}>
          <h3 id={`numbers-${section.title.replace(/\W+/g, "-")}`}>{section.title}</h3>
          <ul class="numbers-list">
            {section.services.map((s) => (
              <li key={s.name}>
                <strong>{s.name}</strong>{" "}
                <a class="tel" href={telHref(s.phone)}>
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
        <button type="button" class="button" onClick={props.onClose} autofocus>
          Back to my plan
        </button>
      </p>
    </Modal>
  );
}
