import type { Workspace } from "./controller";

/**
 * Whether the browser should ask "Leave site?" before a reload, Back or closing the tab.
 *
 * Only a professional's session asks, and only while the household holds work that is in no
 * file yet (its plans, or the worker's record): a session runs on an office laptop, where a trackpad swipe must not throw away an
 * hour with a family. A person's own plan never asks (docs/architecture.md): the prompt would
 * hold the tab open, plan on screen, at the moment they close it because someone walked in.
 * The quick exit and the session's end clear the plans first, so they never ask; and the quick
 * exit's own location.replace, which comes before the islands hear of it (`leaving`, the root's
 * LEAVING_MARK), never asks either.
 */
export function asksBeforeUnload(
  mode: "personal" | "session",
  ws: Pick<Workspace, "unsaved" | "recordUnsaved">,
  page: { leaving: boolean } = { leaving: false },
): boolean {
  return mode === "session" && !page.leaving && (ws.unsaved().length > 0 || ws.recordUnsaved());
}
