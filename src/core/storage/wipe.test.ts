import { afterEach, describe, expect, it, vi } from "vitest";
import { DB_NAME } from "./names";
import { wipeEverything } from "./wipe";

/** An indexedDB that holds these databases and records what is deleted. */
function fakeIndexedDb(names: string[]) {
  const deleted: string[] = [];
  vi.stubGlobal("indexedDB", {
    databases: async () => names.map((name) => ({ name, version: 1 })),
    deleteDatabase(name: string) {
      deleted.push(name);
      const request: { onsuccess?: () => void } = {};
      setTimeout(() => request.onsuccess?.(), 0);
      return request;
    },
  });
  return deleted;
}

afterEach(() => vi.unstubAllGlobals());

describe("ending a session wipes the device", () => {
  it("but never the person's own saved plan, unless the session saved it and was told not to keep it", async () => {
    let deleted = fakeIndexedDb([DB_NAME, "leftover"]);
    expect(await wipeEverything()).toEqual([]);
    expect(deleted).toEqual(["leftover"]);
    deleted = fakeIndexedDb([DB_NAME, "leftover"]);
    await wipeEverything({ deleteSavedPlan: true });
    expect(deleted).toEqual([DB_NAME, "leftover"]);
  });
});

describe("wiping the device", () => {
  // The site sets no cookie; one left by anything else on this origin is expired, by name, and
  // nothing is written in its place.
  it("expires every cookie on the site's path and writes nothing else", async () => {
    fakeIndexedDb([]);
    const written: string[] = [];
    vi.stubGlobal("document", {
      get cookie() {
        return "theme=dark; seen=1";
      },
      set cookie(value: string) {
        written.push(value);
      },
    });
    expect(await wipeEverything()).toEqual([]);
    expect(written).toEqual([
      "theme=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/",
      "seen=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/",
    ]);
  });
});
