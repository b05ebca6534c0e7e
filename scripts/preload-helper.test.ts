// @vitest-environment jsdom
import { describe, expect, it, vi } from "vitest";
import { preloadHelperCode, smallPreloadHelper } from "./preload-helper.mjs";

type Preload = (load: () => Promise<unknown>, deps?: string[]) => Promise<unknown>;
/** The helper as the bundler would run it, without its `export`. */
const helper = (base: string) =>
  new Function(preloadHelperCode(base).replace("export const __vitePreload =", "return"))() as Preload;
const preloads = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.getAttribute("href"));

describe("the small preload helper", () => {
  it("asks for a lazy file's imports beside it, from the site's base, and imports it at once", async () => {
    document.head.innerHTML = "";
    const load = vi.fn(() => Promise.resolve("module"));
    await expect(helper("/site/")(load, ["_astro/a.js", "_astro/b.js"])).resolves.toBe("module");
    expect(load).toHaveBeenCalledTimes(1);
    expect(preloads()).toEqual(["/site/_astro/a.js", "/site/_astro/b.js"]);
  });

  it("asks for each file once", async () => {
    document.head.innerHTML = "";
    const preload = helper("/");
    await preload(() => Promise.resolve(1), ["_astro/a.js"]);
    await preload(() => Promise.resolve(2), ["_astro/a.js", "_astro/c.js"]);
    await preload(() => Promise.resolve(3));
    expect(preloads()).toEqual(["/_astro/a.js", "/_astro/c.js"]);
  });

  it("stops the build when a lazy file brings a stylesheet, which it would not load", () => {
    const plugin = smallPreloadHelper();
    const error = vi.fn();
    const bundle = {
      "a.js": {
        type: "chunk",
        fileName: "_astro/a.js",
        code: 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/b.js","_astro/b.css"])))=>i.map(i=>d[i]);',
      },
      "c.js": {
        type: "chunk",
        fileName: "_astro/c.js",
        code: 'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/d.js"])))=>i.map(i=>d[i]);',
      },
    };
    (plugin.generateBundle as (this: unknown, o: unknown, b: unknown) => void).call({ error }, {}, bundle);
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[0])).toContain("_astro/a.js");
  });
});
