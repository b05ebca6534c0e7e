import { describe, expect, it } from "vitest";
import siteConfig from "../../../site.config.json";
import { parseSiteConfig, SiteConfigError } from "./parse";

function problemsOf(input: unknown): string[] {
  try {
    parseSiteConfig(input);
  } catch (e) {
    if (e instanceof SiteConfigError) return e.problems;
    throw e;
  }
  throw new Error("expected the configuration to be refused");
}

describe("site configuration", () => {
  it("accepts the shipped site.config.json", () => {
    const config = parseSiteConfig(siteConfig);
    expect(config.exitUrl.startsWith("https://")).toBe(true);
    expect(config.siteName.toLowerCase()).not.toContain("abuse");
  });

  it("fills defaults for an empty file", () => {
    const config = parseSiteConfig({});
    expect(config.nation).toBe("england");
    expect(config.allowIndexing).toBe(false);
    expect(config.idleLockMinutes).toBe(10);
  });

  it("names the field and says what is wrong", () => {
    expect(problemsOf({ exitUrl: "http://example.com" })).toEqual([
      "exitUrl: must be a full web address starting with https://.",
    ]);
    expect(problemsOf({ nation: "france" })).toEqual([
      'nation: must be one of "england", "wales", "scotland", "northern-ireland".',
    ]);
    expect(problemsOf({ siteName: "" })).toEqual(["siteName: must not be empty."]);
    expect(problemsOf({ siteName: "x".repeat(41) })).toEqual(["siteName: must be at most 40 characters."]);
    expect(problemsOf({ colour: "blue" })).toEqual(['(the whole file): has unknown setting "colour".']);
  });

  it("checks each local service", () => {
    const problems = problemsOf({
      localServices: [{ name: "Local service", phone: "call us", helpsWith: "support", website: "ftp://x.org" }],
    });
    expect(problems).toContain(
      "localServices[0].phone: must be a phone number made of digits and spaces, like 0116 000 0000.",
    );
    expect(problems).toContain("localServices[0].website: must be a full web address starting with https://.");
  });

  it("reports every problem at once", () => {
    expect(problemsOf({ siteName: "", nation: 3 })).toHaveLength(2);
  });
});
