import type { child as en } from "../../en/plans/child";
import type { Translation } from "../../types";

export const child: Translation<typeof en> = {};
