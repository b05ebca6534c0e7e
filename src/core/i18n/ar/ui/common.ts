import type { common as en } from "../../en/ui/common";
import type { Translation } from "../../types";

export const common: Translation<typeof en> = {};
