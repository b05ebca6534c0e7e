import { useState } from "preact/hooks";
import { t } from "../../core/i18n/runtime";
import type { Workspace } from "../../core/workspace/controller";

/**
 * This tab's view is older than what another tab saved, and it has changes of its own. Its
 * autosave waits: the person chooses, and neither choice loses anything silently.
 */
export function StaleNotice(props: { ws: Workspace }) {
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section class="confirm stale-notice" role="alert" aria-labelledby="stale-title">
      <p id="stale-title">
        <strong>{t("workspace.stale.title")}</strong> {t("workspace.stale.text")}
      </p>
      {problem && <p>{problem}</p>}
      <div class="button-row">
        <button type="button" class="button" onClick={async () => setProblem(await props.ws.keepMineAsCopy())}>
          {t("workspace.stale.keepMine")}
        </button>
        <button type="button" class="button button-secondary" onClick={() => void props.ws.reloadNewer()}>
          {t("workspace.stale.showNewer")}
        </button>
      </div>
    </section>
  );
}
