import { t, tCount } from "../../core/i18n/runtime";
import type { DeviceState } from "../../core/workspace/controller";

/** The line under a plan's introduction: where what you write is kept, in words. */
export function whereKeptText(device: DeviceState, idleLockMinutes: number): preact.ComponentChildren {
  if (device === "saving") {
    return (
      <>
        <strong>{t("storage.savedLocked")}</strong> {tCount("storage.where.savingText", idleLockMinutes)}
      </>
    );
  }
  return (
    <>
      <strong>{t("storage.where.screenTitle")}</strong> {t("storage.where.screenText")}
    </>
  );
}
