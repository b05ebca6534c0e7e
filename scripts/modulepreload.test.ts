import { describe, expect, it } from "vitest";
import { preloadsFor, withPreloads } from "./modulepreload.mjs";

const graph = {
  "_astro/Island.a.js": ["_astro/shared.b.js", "_astro/own.c.js"],
  "_astro/client.d.js": ["_astro/shared.b.js"],
  "_astro/shared.b.js": [],
  "_astro/own.c.js": ["_astro/shared.b.js"],
  "_astro/Later.e.js": ["_astro/shared.b.js"],
};
const page = (island: string) =>
  `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="x"><link rel="stylesheet" href="/_astro/a.css"></head><body>${island}</body></html>`;
const island = (client: string) =>
  `<astro-island uid="x" component-url="/_astro/Island.a.js" renderer-url="/_astro/client.d.js" props="{}" client="${client}">`;

describe("modulepreload links", () => {
  it("name an island's files and everything they import statically, once each", () => {
    expect(preloadsFor(page(island("load")), graph)).toEqual([
      "/_astro/Island.a.js",
      "/_astro/client.d.js",
      "/_astro/shared.b.js",
      "/_astro/own.c.js",
    ]);
  });

  it("go after the CSP and the stylesheets, in <head>", () => {
    const html = withPreloads(page(island("load")), graph);
    expect(html.indexOf('rel="modulepreload"')).toBeGreaterThan(html.indexOf("content-security-policy"));
    expect(html.indexOf('rel="modulepreload"')).toBeGreaterThan(html.indexOf('rel="stylesheet"'));
    expect(html.lastIndexOf('rel="modulepreload"')).toBeLessThan(html.indexOf("</head>"));
    expect(html.match(/rel="modulepreload"/g)).toHaveLength(4);
  });

  it("leave a page without an island, or with one that waits, as it was", () => {
    expect(withPreloads(page("<p>no island</p>"), graph)).toBe(page("<p>no island</p>"));
    expect(withPreloads(page(island("idle")), graph)).toBe(page(island("idle")));
  });

  it("stop the build when an island's file is not in the graph", () => {
    expect(() => preloadsFor(page(island("load")), { "_astro/client.d.js": [] })).toThrow(/Island\.a\.js/);
  });
});
