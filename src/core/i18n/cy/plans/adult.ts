import type { adult as en } from "../../en/plans/adult";
import type { Translation } from "../../types";

export const adult: Translation<typeof en> = {};
