import type { UiTextKey } from "../../core/i18n/keys";
import { t } from "../../core/i18n/runtime";
import type { UnlockError } from "../../core/storage/vault";

/** A clear, kind sentence for every way opening can fail. Nothing on screen is lost. */
const OPEN_ERROR_KEYS: Record<UnlockError, UiTextKey> = {
  "wrong-passphrase-or-damaged": "storage.error.wrongPassphrase",
  "not-a-plan-file": "storage.error.notPlanFile",
  "newer-version": "storage.error.newerVersion",
  "too-large": "storage.error.tooLarge",
  damaged: "storage.error.damaged",
  "not-a-bundle": "storage.error.notBundle",
  invalid: "storage.error.invalid",
  "storage-failed": "storage.error.storageFailed",
  missing: "storage.error.missing",
};

export const OPEN_ERROR_CODES = Object.keys(OPEN_ERROR_KEYS) as UnlockError[];

/** Why opening failed, in the page's language. */
export function openError(code: UnlockError): string {
  return t(OPEN_ERROR_KEYS[code]);
}

/** "Nothing on this screen has changed." */
export function nothingChanged(): string {
  return t("storage.nothingChanged");
}

/** When the browser itself fails (not the file, not the person). */
export function browserFailed(): string {
  return t("storage.browserFailed");
}

/**
 * Why a new passphrase was refused, with the strength check's advice on how to do better, and
 * always a pointer to the button that makes a good one.
 */
export function weakPassphrase(advice: string): string {
  const button = t("storage.pass.suggestQuoted");
  const suggest = advice.includes(button) ? "" : ` ${t("storage.pass.orUse", { button })}`;
  return `${t("storage.pass.tooEasy")} ${advice}${suggest}`;
}
