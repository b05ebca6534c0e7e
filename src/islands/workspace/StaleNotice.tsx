import { useState } from "preact/hooks";
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
        <strong>This plan was changed in another tab.</strong> Your latest changes in this tab are still on screen, but
        they have not been saved, so that they do not overwrite the newer plan.
      </p>
      {problem && <p>{problem}</p>}
      <div class="button-row">
        <button type="button" class="button" onClick={async () => setProblem(await props.ws.keepMineAsCopy())}>
          Keep mine as a copy, beside the newer plan
        </button>
        <button type="button" class="button button-secondary" onClick={() => void props.ws.reloadNewer()}>
          Show the newer plan (drop my changes here)
        </button>
      </div>
    </section>
  );
}
