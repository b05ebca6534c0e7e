import type { storage as en } from "../../en/ui/storage";
import type { Translation } from "../../types";

export const storage: Translation<typeof en> = {};
