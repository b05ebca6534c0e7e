import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findJsonProblem } from "./json-problem";
import { loadSiteConfigFile } from "./load";

function errorFor(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "config-"));
  const file = join(dir, "site.config.json");
  writeFileSync(file, text);
  try {
    loadSiteConfigFile(file);
    return "";
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("a configuration that is not JSON says where", () => {
  it("a trailing comma in a list: the line and column of the comma", () => {
    const message = errorFor('{\n  "siteName": "Planner",\n  "languages": ["en", "cy",]\n}\n');
    expect(message).toContain("line 3, column 27");
    expect(message).toMatch(/comma/);
  });

  it("a trailing comma after the last setting, a missing comma, a missing quote", () => {
    expect(errorFor('{\n  "siteName": "Planner",\n}\n')).toContain("line 2, column 24");
    expect(errorFor('{\n  "siteName": "Planner"\n  "nation": "wales"\n}\n')).toContain("line 3, column 3");
    expect(errorFor('{\n  "siteName": "Planner\n}\n')).toContain("line 2");
  });

  it("finds nothing wrong in good JSON, whatever its shape", () => {
    for (const good of ['{"a": [1, -2.5e3, true, null, "x\\"y"], "b": {}}', "[]", ' "x" ', "0"])
      expect(findJsonProblem(good), good).toBeNull();
    for (const bad of ["{", "[1 2]", '{"a" 1}', "01", "{}x", "", "nul"])
      expect(findJsonProblem(bad), bad).not.toBeNull();
  });
});
