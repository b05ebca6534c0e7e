import { describe, expect, it } from "vitest";
import { joinStylesheets, nameFor, stylesheetsOf, withOneStylesheet } from "./one-stylesheet.mjs";

const link = (href: string) => `<link rel="stylesheet" href="${href}">`;
const page = (links: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="x">${links}<link rel="modulepreload" href="/_astro/a.js"></head><body></body></html>`;

describe("one stylesheet a page", () => {
  it("finds a page's stylesheets in order", () => {
    expect(stylesheetsOf(page(link("/_astro/b.css") + link("/_astro/a.css")))).toEqual([
      "/_astro/b.css",
      "/_astro/a.css",
    ]);
  });

  it("puts the one link where the first stood, before the module preloads", () => {
    const html = withOneStylesheet(page(link("/_astro/b.css") + link("/_astro/a.css")), "/_astro/j.css");
    expect(stylesheetsOf(html)).toEqual(["/_astro/j.css"]);
    expect(html.indexOf("j.css")).toBeLessThan(html.indexOf("modulepreload"));
    expect(html.indexOf("j.css")).toBeGreaterThan(html.indexOf("content-security-policy"));
  });

  it("keeps the cascade: the files' rules in the page's order", () => {
    const css = joinStylesheets([
      { href: "/_astro/b.css", text: ".x{color:red}\n" },
      { href: "/_astro/a.css", text: ".x{color:blue}" },
    ]);
    expect(css.indexOf("red")).toBeLessThan(css.indexOf("blue"));
  });

  it("refuses a file whose @import would stop working once it is not first", () => {
    expect(() =>
      joinStylesheets([
        { href: "/_astro/b.css", text: ".x{}" },
        { href: "/_astro/a.css", text: '@import "c.css";' },
      ]),
    ).toThrow(/a\.css.*@import/);
  });

  it("names a file by its content, neutrally, so pages with the same set share it", () => {
    expect(nameFor(".x{}")).toBe(nameFor(".x{}"));
    expect(nameFor(".x{}")).not.toBe(nameFor(".y{}"));
    expect(nameFor(".x{}")).toMatch(/^\/_astro\/[\w-]{10}\.css$/);
  });
});
