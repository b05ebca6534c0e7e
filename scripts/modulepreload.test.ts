import { describe, expect, it } from "vitest";
import { preloadsFor, withPreloads } from "./modulepreload.mjs";

const graph = {
  "_astro/Island.a.js": ["_astro/shared.b.js", "_astro/own.c.js"],
  "_astro/shared.b.js": [],
  "_astro/own.c.js": ["_astro/shared.b.js"],
  "_astro/Later.e.js": ["_astro/shared.b.js"],
};
const page = (island: string) =>
  `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="x"><link rel="stylesheet" href="/_astro/a.css"></head><body>${island}</body></html>`;
const script = (src = "/_astro/Island.a.js") =>
  `<div data-island="x"></div><script type="module" src="${src}"></script>`;

describe("modulepreload links", () => {
  it("name an island's files and everything they import statically, once each", () => {
    expect(preloadsFor(page(script()), graph)).toEqual([
      "/_astro/Island.a.js",
      "/_astro/shared.b.js",
      "/_astro/own.c.js",
    ]);
  });

  it("go after the CSP and the stylesheets, in <head>", () => {
    const html = withPreloads(page(script()), graph);
    expect(html.indexOf('rel="modulepreload"')).toBeGreaterThan(html.indexOf("content-security-policy"));
    expect(html.indexOf('rel="modulepreload"')).toBeGreaterThan(html.indexOf('rel="stylesheet"'));
    expect(html.lastIndexOf('rel="modulepreload"')).toBeLessThan(html.indexOf("</head>"));
    expect(html.match(/rel="modulepreload"/g)).toHaveLength(3);
  });

  it("leave a page without a module script as it was (its inline scripts and JSON included)", () => {
    expect(withPreloads(page("<p>no island</p>"), graph)).toBe(page("<p>no island</p>"));
    const inline = '<script>1</script><script type="application/json" data-island="x">{}</script>';
    expect(withPreloads(page(inline), graph)).toBe(page(inline));
  });

  it("stop the build when an island's file is not in the graph", () => {
    expect(() => preloadsFor(page(script()), { "_astro/other.d.js": [] })).toThrow(/Island\.a\.js/);
  });
});
