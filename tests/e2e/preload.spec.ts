import { expect, test } from "./fixtures";

/**
 * A page with a plan asks for all of its first screen's code from <head>
 * (scripts/modulepreload.mjs), instead of finding it file by file after the parser has reached
 * the island. The links must point at files that exist, cover the island's own files, and bring
 * nothing the page would not load anyway.
 */
const PAGES = [
  ["/plan/adult/", ".workspace[data-ready]"],
  ["/checklist/", ".workspace[data-ready]"],
  ["/cy/plan/child/", ".workspace[data-ready]"],
  ["/professionals/session/", ".session[data-ready]"],
] as const;

for (const [path, ready] of PAGES) {
  test(`${path} preloads all the code it starts with, and only what it loads anyway`, async ({ page }) => {
    const fetched = new Set<string>();
    page.on("response", (r) => {
      if (r.ok() && r.url().endsWith(".js")) fetched.add(new URL(r.url()).pathname);
    });
    const built = (await (await page.goto(path))?.text()) ?? "";
    await page.waitForSelector(ready);
    const { preloads, islands, lastLink } = await page.evaluate(() => ({
      preloads: [...document.querySelectorAll<HTMLLinkElement>('head link[rel="modulepreload"]')].map(
        (l) => new URL(l.href).pathname,
      ),
      islands: [...document.querySelectorAll('script[type="module"][src]')].map((s) => s.getAttribute("src")),
      // The links come after the CSP (which governs only what follows it) and the stylesheets.
      lastLink: [
        ...document.head.querySelectorAll('meta[http-equiv], link[rel="modulepreload"], link[rel="stylesheet"]'),
      ]
        .map((e) => e.getAttribute("rel") ?? "csp")
        .join(" ")
        .replace(/(\w+)( \1)+/g, "$1"),
    }));
    expect(preloads.length).toBeGreaterThan(2);
    expect(islands.length).toBeGreaterThan(0);
    expect(lastLink).toBe("csp stylesheet modulepreload");
    for (const url of islands) expect(preloads).toContain(url);
    // Every preloaded file is one the page fetched (and answered) by the time it was ready.
    expect(preloads.filter((u) => !fetched.has(u))).toEqual([]);
    // And the page waited for no file the built page had not asked for from <head> (a file
    // fetched through import() gets its own link only then): one found only as the island started
    // (the list's own code on its page, once) put a round trip before "ready".
    const asked = [...built.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]);
    expect(asked.length).toBeGreaterThan(2);
    expect([...fetched].filter((u) => !asked.includes(u))).toEqual([]);
  });
}

test("a page without an island preloads no code", async ({ page }) => {
  await page.goto("/help/");
  await expect(page.locator('link[rel="modulepreload"]')).toHaveCount(0);
});
