import type { checklist as en } from "../../en/plans/checklist";
import type { Translation } from "../../types";

export const checklist: Translation<typeof en> = {};
