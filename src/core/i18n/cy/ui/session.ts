import type { session as en } from "../../en/ui/session";
import type { Translation } from "../../types";

export const session: Translation<typeof en> = {};
