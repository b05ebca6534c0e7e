import type { youngPersonPractice as en } from "../../en/practice/young-person";
import type { Translation } from "../../types";

export const youngPersonPractice: Translation<typeof en> = {};
