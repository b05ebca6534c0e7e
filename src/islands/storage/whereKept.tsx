import { hasUiPart, t, tCount } from "../../core/i18n/runtime";
import type { DeviceState } from "../../core/workspace/controller";

/** The line under a plan's introduction: where what you write is kept, in words. */
export function whereKeptText(device: DeviceState, idleLockMinutes: number): preact.ComponentChildren {
  if (device === "saving") {
    return (
      <>
        {/* Saving is only turned on through the forms, so their words are here by then. */}
        <strong>{t("storage.savedLocked")}</strong>{" "}
        {hasUiPart("forms") && tCount("storage.save.savingText", idleLockMinutes)}
      </>
    );
  }
  return (
    <>
      <strong>{t("storage.where.screenTitle")}</strong>
      {` ${t("storage.where.screenText")}`}
    </>
  );
}
