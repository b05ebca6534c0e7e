import type { youngPerson as en } from "../../en/plans/young-person";
import type { Translation } from "../../types";

export const youngPerson: Translation<typeof en> = {};
