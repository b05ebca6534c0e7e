import type { DeviceState } from "../../core/workspace/controller";

/** The line under a plan's introduction: where what you write is kept, in words. */
export function whereKeptText(device: DeviceState, idleLockMinutes: number): preact.ComponentChildren {
  if (device === "saving") {
    return (
      <>
        <strong>Saved and locked on this device.</strong> Changes save as you type, for all your plans. It locks itself
        after {idleLockMinutes} minutes without use, and when you use Exit.
      </>
    );
  }
  return (
    <>
      <strong>Kept only on this screen.</strong> Moving between your plans keeps it; reloading this page, closing the
      tab or using Exit clears it.
    </>
  );
}
