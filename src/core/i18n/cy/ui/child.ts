import type { child as en } from "../../en/ui/child";
import type { Translation } from "../../types";

export const child: Translation<typeof en> = {};
