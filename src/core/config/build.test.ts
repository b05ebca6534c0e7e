import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** Runs a real build with the given configuration file; it must stop before writing anything. */
function buildWith(config: unknown) {
  const dir = mkdtempSync(join(tmpdir(), "site-config-"));
  const file = join(dir, "site.config.json");
  writeFileSync(file, typeof config === "string" ? config : JSON.stringify(config));
  // The same Node as the tests (22, from the node package), not whatever is first on PATH.
  return spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", "--outDir", join(dir, "dist")], {
    encoding: "utf8",
    env: { ...process.env, SITE_CONFIG: file, ASTRO_TELEMETRY_DISABLED: "1" },
    timeout: 120_000,
  });
}

describe("an invalid configuration fails the build", () => {
  it("names the field and says what is wrong", () => {
    const result = buildWith({ exitUrl: "http://weather.example", nation: "france" });
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain("exitUrl: must be a full web address starting with https://.");
    expect(output).toContain('nation: must be one of "england", "wales", "scotland", "northern-ireland".');
  });

  it("stops on a name that says what the site is for, and on a mistyped phone number", () => {
    const result = buildWith({
      siteName: "Domestic Abuse Safety Plan",
      localServices: [{ name: "Example", phone: "01632 96", helpsWith: "Support." }],
    });
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('siteName: "Domestic Abuse Safety Plan" says what the site is for');
    expect(output).toContain("localServices[0].phone: must be a whole UK phone number");
  });

  it("says so when the file is not JSON", () => {
    const result = buildWith("{ not json");
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain("could not be read as JSON");
  });
});
