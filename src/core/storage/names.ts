/** Neutral names: someone looking at the browser's storage sees nothing that explains it. */
export const DB_NAME = "app-data";
export const STORE_NAME = "entries";
export const RECORD_KEY = "current";
/** The record's revision, beside it: raised by one on every save (see vault.ts). */
export const REVISION_KEY = "revision";
