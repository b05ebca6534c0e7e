import type { childPractice as en } from "../../en/practice/child";
import type { Translation } from "../../types";

export const childPractice: Translation<typeof en> = {};
