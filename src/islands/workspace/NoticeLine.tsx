import { t, withWords } from "../../core/i18n/runtime";
import { type Notice, noticeWords } from "../../core/workspace/controller";
import { Lazy } from "../hooks/Lazy";

// The controller's own notices follow something another tab or the storage did, never the
// first screen: their words load with the "later" words (ui-parts.ts), then the line shows whole.
// (Lazy shows what the loader resolves to, so it must be something.)
const loadLater = withWords("later", async () => true);

/** The workspace's one-line notice, with an OK to put it away where one is given. */
export function NoticeLine(props: { notice: Notice; onDismiss?: () => void }) {
  const line = () => (
    <p class="workspace-notice" role="status">
      {noticeWords(props.notice)}
      {props.onDismiss && (
        <>
          {" "}
          <button type="button" class="link-button" onClick={props.onDismiss}>
            {t("common.ok")}
          </button>
        </>
      )}
    </p>
  );
  return "text" in props.notice ? line() : <Lazy load={loadLater} render={line} />;
}
