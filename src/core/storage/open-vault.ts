import { openDeviceStorage } from "./kv";
import { createVault, type Vault } from "./vault";

/** Opens device storage and a vault on it (the person opted in), or null if storage is blocked. */
export async function openVault(): Promise<Vault | null> {
  const kv = await openDeviceStorage();
  return kv ? createVault(kv) : null;
}
