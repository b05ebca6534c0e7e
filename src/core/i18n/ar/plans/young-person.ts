import { youngPerson as en } from "../../en/plans/young-person";
import type { Translation } from "../../types";

// TODO(translation): still the English words, until translated.
export const youngPerson: Translation<typeof en> = { ...en };
