import { describe, expect, it } from "vitest";
import { revealingWords } from "../config/neutral";
import { copyFileName } from "./file-names";

describe("the names of saved copies", () => {
  it("a session's family copy and worker's copy are told apart by their names", () => {
    const family = copyFileName("notes", "2026-12-05", "family");
    const records = copyFileName("notes", "2026-12-05", "records");
    expect(family).toBe("notes-2026-12-05-family.dat");
    expect(records).toBe("notes-2026-12-05-records.dat");
  });

  it("a person's own copies keep their names", () => {
    expect(copyFileName("notes", "2026-12-05", "own")).toBe("notes-2026-12-05.dat");
    expect(copyFileName("notes", "2026-12-05", "second")).toBe("notes-2026-12-05-copy.dat");
  });

  it("no name says what the site is for", () => {
    for (const copy of ["own", "second", "family", "records"] as const)
      expect(revealingWords(copyFileName("notes", "2026-12-05", copy))).toEqual([]);
  });
});
