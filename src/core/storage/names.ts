/** Neutral names: someone looking at the browser's storage sees nothing that explains it. */
export const DB_NAME = "app-data";
export const STORE_NAME = "entries";
export const RECORD_KEY = "current";
/** The record's revision, beside it: raised by one on every save (see vault.ts). */
export const REVISION_KEY = "revision";
/**
 * Words written as a page was left (pagehide), before their full save could finish, and the
 * revision they were based on. Read, and cleared, by the next unlock and save.
 */
export const LEFT_KEY = "left";
export const LEFT_BASE_KEY = "left-base";
/**
 * Where "Delete everything" lands. Its response alone carries Clear-Site-Data: "storage"
 * (public/_headers, docs/nginx.conf), so the browser also clears the files IndexedDB keeps
 * older records in. No other page has it: the quick exit must never wait for a clearing.
 */
export const DELETED_PATH = "/deleted/";
