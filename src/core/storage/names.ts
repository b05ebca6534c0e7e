/** Neutral names: someone looking at the browser's storage sees nothing that explains it. */
export const DB_NAME = "app-data";
export const STORE_NAME = "entries";
export const RECORD_KEY = "current";
