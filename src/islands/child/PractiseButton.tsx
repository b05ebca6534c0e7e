import { t } from "../../core/i18n/runtime";

/** Opens practice from a plan page. */
export function PractiseButton({ onClick }: { onClick: () => void }) {
  return (
    <p>
      <button type="button" class="button button-secondary" onClick={onClick}>
        {t("child.practice.open")}
      </button>
    </p>
  );
}
