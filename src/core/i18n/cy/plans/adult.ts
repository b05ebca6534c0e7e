import { adult as en } from "../../en/plans/adult";
import type { Translation } from "../../types";

// TODO(translation): still the English words, until translated.
export const adult: Translation<typeof en> = { ...en };
