import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { missingToolsMessage } from "./check-tools.mjs";

describe("the check for the end-to-end tests' tools", () => {
  it("says nothing when both are there", () => {
    expect(missingToolsMessage({ chromium: true, pdftotext: true, chromiumPath: "/usr/bin/chromium" })).toBeNull();
  });

  it("names what is missing and how to install it, on one line", () => {
    const chromium = missingToolsMessage({ chromium: false, pdftotext: true, chromiumPath: "/usr/bin/chromium" });
    expect(chromium).toBe(
      "The end-to-end tests need Chromium (looked for /usr/bin/chromium): install with `sudo apt-get install chromium`, or set CHROMIUM_PATH to another Chromium.",
    );
    const pdf = missingToolsMessage({ chromium: true, pdftotext: false, chromiumPath: "/usr/bin/chromium" });
    expect(pdf).toBe(
      "The end-to-end tests need pdftotext and pdfinfo: install with `sudo apt-get install poppler-utils`.",
    );
    const both = missingToolsMessage({ chromium: false, pdftotext: false, chromiumPath: "/opt/c" }) ?? "";
    expect(both).toContain("sudo apt-get install chromium poppler-utils");
    expect(both.split("\n")).toHaveLength(1);
  });

  it("stops with that line and a failing status when Chromium is missing", () => {
    const result = spawnSync(process.execPath, ["scripts/check-tools.mjs"], {
      encoding: "utf8",
      env: { ...process.env, CHROMIUM_PATH: "/nonexistent/chromium" },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("Chromium (looked for /nonexistent/chromium)");
  });
});
