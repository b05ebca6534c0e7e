import { checklist as en } from "../../en/plans/checklist";
import type { Translation } from "../../types";

// TODO(translation): still the English words, until translated.
export const checklist: Translation<typeof en> = { ...en };
