/** Neutral names: someone looking at the browser's storage sees nothing that explains it. */
export const DB_NAME = "app-data";
export const STORE_NAME = "entries";
export const RECORD_KEY = "current";
/** The record's revision, beside it: raised by one on every save (see vault.ts). */
export const REVISION_KEY = "revision";
/**
 * Where "Delete everything" lands. Its response alone carries Clear-Site-Data: "storage"
 * (public/_headers, docs/nginx.conf), so the browser also clears the files IndexedDB keeps
 * older records in. No other page has it: the quick exit must never wait for a clearing.
 */
export const DELETED_PATH = "/deleted/";
