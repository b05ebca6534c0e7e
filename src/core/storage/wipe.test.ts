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
