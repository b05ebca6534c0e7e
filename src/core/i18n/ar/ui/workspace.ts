import type { workspace as en } from "../../en/ui/workspace";
import type { Translation } from "../../types";

export const workspace: Translation<typeof en> = {};
