import type { services as en } from "../en/services";
import type { Translation } from "../types";

export const services: Translation<typeof en> = {};
