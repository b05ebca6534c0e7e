import { child as en } from "../../en/plans/child";
import type { Translation } from "../../types";

// TODO(translation): still the English words, until translated.
export const child: Translation<typeof en> = { ...en };
