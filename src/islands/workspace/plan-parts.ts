import type { PlanKind } from "../../core/plans/template";
import { fetchEach } from "../../core/workspace/fetch-each";
import { loadTailoring } from "../editor/fields/FieldView";
import { loadForms } from "../storage/WithForms";
import { loadPrintAbout } from "../tailoring/PrintTailored";
import { loadPanels } from "../tailoring/TailoringBar";
import { loadGuard, loadNumbers } from "./WorkspaceShell";

// Each part through the very loader its screen uses, so it is fetched once, words and all.

/** Saving, unlocking and a locked copy: the passphrase forms, the strength check, storage, the cipher. */
export const SAVING_PARTS: ReadonlyArray<() => Promise<unknown>> = [
  loadForms,
  () => import("../../core/crypto/passphrase"),
  () => import("../../core/storage/kv"),
  () => import("../../core/storage/vault"),
];

/** The numbers panel, and the question before leaving with unsaved words. */
export const SHELL_PARTS: ReadonlyArray<() => Promise<unknown>> = [loadNumbers, loadGuard];

/** The adult's tailored plan: its questions and library, its quick tools, and their printout. */
export const TAILORED_PARTS: ReadonlyArray<() => Promise<unknown>> = [loadTailoring, loadPanels, loadPrintAbout];

/**
 * A person's own plans, once there are words in one: what they open on demand, fetched in the
 * background so that it still opens if the connection goes (PersonalWorkspace). Loaded itself
 * only then, so no first screen carries this list.
 */
export function fetchPlanParts(kind: PlanKind): void {
  fetchEach([...SAVING_PARTS, ...SHELL_PARTS, ...(kind === "adult" ? TAILORED_PARTS : [])]);
}
