import { fetchEach } from "../../core/workspace/fetch-each";
import { loadPictures } from "../pictures/LazyPicture";
import { loadChildParts, templateLoaders } from "../workspace/loaders";
import { SAVING_PARTS, SHELL_PARTS, TAILORED_PARTS } from "../workspace/plan-parts";
import { loadRecord } from "./RecordPart";
import { loadHandOver } from "./SessionApp";

/**
 * What a session opens on demand, fetched in the background at its first touch or key so that
 * a home visit can lose its connection and still open each (SessionApp): what a person's own
 * plans fetch (plan-parts.ts), and a child's steps and pictures, the list's words, the worker's
 * record, and the hand-over with its phone codes and cipher. Loaded itself only then, so the
 * session's first screen carries none of this list.
 */
export function fetchVisitParts(): void {
  fetchEach([
    ...SAVING_PARTS,
    ...SHELL_PARTS,
    ...TAILORED_PARTS,
    loadChildParts,
    templateLoaders.checklist,
    loadPictures,
    loadRecord,
    () => loadHandOver().then((m) => m.loadPhone()),
    () => import("../../core/crypto"),
  ]);
}
