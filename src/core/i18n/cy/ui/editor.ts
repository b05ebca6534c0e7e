import type { editor as en } from "../../en/ui/editor";
import type { Translation } from "../../types";

export const editor: Translation<typeof en> = {};
