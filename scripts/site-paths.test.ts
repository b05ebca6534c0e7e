import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { projectRoot, siteConfigPath, siteOutDir, testSiteEnv } from "./site-paths.mjs";

describe("where the configuration is read and the site is built", () => {
  it("uses site.config.json and dist/ by default", () => {
    expect(siteConfigPath({})).toBe(join(projectRoot, "site.config.json"));
    expect(siteOutDir({})).toBe(join(projectRoot, "dist"));
    expect(siteOutDir({ SITE_CONFIG: join(projectRoot, "site.config.json") })).toBe(join(projectRoot, "dist"));
  });

  it("builds each other configuration into its own folder beside it", () => {
    expect(siteOutDir({ SITE_CONFIG: "/srv/orgs/acme.json" })).toBe("/srv/orgs/dist-acme");
    expect(siteOutDir({ SITE_CONFIG: "/srv/orgs/beta/site.config.json" })).toBe("/srv/orgs/beta/dist-site");
    expect(siteOutDir({ SITE_CONFIG: "/srv/orgs/acme.json" })).not.toBe(
      siteOutDir({ SITE_CONFIG: "/srv/orgs/beta.json" }),
    );
    expect(siteConfigPath({ SITE_CONFIG: "orgs/acme.json" })).toBe(resolve("orgs/acme.json"));
  });

  it("uses SITE_OUT when it is set", () => {
    expect(siteOutDir({ SITE_OUT: "/srv/www/acme", SITE_CONFIG: "/srv/orgs/acme.json" })).toBe("/srv/www/acme");
  });
});

describe("the tests' own site", () => {
  it("has its own configuration and folder, never the organisation's", () => {
    const env = testSiteEnv();
    expect(env.SITE_CONFIG).not.toBe(siteConfigPath({}));
    expect(siteOutDir(env)).toBe(join(projectRoot, "dist-test"));
    expect(siteOutDir(env)).not.toBe(siteOutDir({}));
  });
});
