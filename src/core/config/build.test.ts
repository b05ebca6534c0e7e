import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseHeadersFile, parseNginxHeaders } from "../../../scripts/headers.mjs";

/** Each build's folder, removed after: a whole site each, left in the temporary folder every run. */
const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** Runs a real build with the given configuration file, in a folder of its own. */
function buildWith(config: unknown, { outDir = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), "site-config-"));
  folders.push(dir);
  const file = join(dir, "acme.json");
  writeFileSync(file, typeof config === "string" ? config : JSON.stringify(config));
  const flags = outDir ? ["--outDir", join(dir, "dist")] : [];
  // The same Node as the tests (22, from the node package), not whatever is first on PATH.
  const result = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build", ...flags], {
    encoding: "utf8",
    env: { ...process.env, SITE_CONFIG: file, SITE_OUT: "", ASTRO_TELEMETRY_DISABLED: "1" },
    timeout: 180_000,
  });
  return { ...result, dir, output: `${result.stdout}${result.stderr}` };
}

describe("a build for one organisation", () => {
  it("goes into a folder beside its configuration, and warns about the placeholder organisation", () => {
    const result = buildWith({ siteName: "Notes" }, { outDir: false });
    expect(result.status, result.output).toBe(0);
    const out = join(result.dir, "dist-acme");
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain("<title>");
    const headers = parseHeadersFile(readFileSync(join(out, "_headers"), "utf8"));
    expect(headers.map(([name]) => name)).toContain("Content-Security-Policy");
    // nginx gets exactly the same headers, from the same build.
    expect(parseNginxHeaders(readFileSync(join(out, "nginx-headers.conf"), "utf8"))).toEqual(headers);
    expect(existsSync(join(result.dir, "dist"))).toBe(false);
    expect(result.output).toContain(
      'organisation.name: is still the placeholder "The organisation that runs this site"',
    );
    // A whole build: on a busy 2-core machine it can take well over the usual 30 s.
  }, 180_000);
});

// Each stops before writing anything, but starting Astro still takes a while on a busy machine.
describe("an invalid configuration fails the build", { timeout: 120_000 }, () => {
  it("names the field and says what is wrong", () => {
    const result = buildWith({ exitUrl: "http://weather.example", nation: "france" });
    expect(result.status).not.toBe(0);
    const output = result.output;
    expect(output).toContain("exitUrl: must be a full web address starting with https://.");
    expect(output).toContain('nation: must be one of "england", "wales", "scotland", "northern-ireland".');
  });

  it("stops on a name that says what the site is for, and on a mistyped phone number", () => {
    const result = buildWith({
      siteName: "Domestic Abuse Safety Plan",
      localServices: [{ name: "Example", phone: "01632 96", helpsWith: "Support." }],
    });
    expect(result.status).not.toBe(0);
    const output = result.output;
    expect(output).toContain('siteName: "Domestic Abuse Safety Plan" says what the site is for');
    expect(output).toContain("localServices[0].phone: must be a whole UK phone number");
  });

  it("says so when the file is not JSON", () => {
    const result = buildWith("{ not json");
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("could not be read as JSON");
  });
});
